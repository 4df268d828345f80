// Lays out a big OTLP answer's tree (what src/model/trace-layout.ts does in JavaScript) from
// the ids id-links.ts matched and the spans' times: parents, children by start, pre-order,
// depths, subtree sizes, and a flag per span for each warning the layout would write. In
// JavaScript the ~15 passes over 100k spans ran once each, in code V8 had not optimized
// yet (~50–60 ms after the last byte); here they are plain loops over memory.
//
// Only the common case is laid out here: every span id used once, every span reaching a
// root. Anything else (a duplicate id, a parent cycle) returns its code and JavaScript lays
// the tree out as before, so the layout is the JavaScript one for every trace: a property
// test holds the two equal.
//
// Memory is the caller's (n i32s each unless said): `firstWithId`, `parentFirst` (from
// linkIds), `hasParent` (n bytes), `start` and `duration` (n f64s; negative durations are
// set to 0 in place, as the layout draws them), and the results: `parent`, `first` (n + 2),
// `children`, `order`, `position`, `depth`, `size`, `flags` (n bytes), `extent` (f64 earliest
// start, f64 latest end, i32 deepest depth); `scratch` (n + 2).

/** Results. */
export const LAID_OUT: i32 = 0;
export const DUPLICATE_ID: i32 = 1;
export const CYCLE: i32 = 2;

/** Flags: the parent id matches no span; the duration is negative; the span pokes out of its parent. */
export const ORPHAN: u8 = 1;
export const NEGATIVE_DURATION: u8 = 2;
export const OUTSIDE_PARENT: u8 = 4;

/** trace-layout.ts OUTSIDE_TOLERANCE_US. */
const OUTSIDE_TOLERANCE_US: f64 = 0.5;
/** child-lists.ts INSERTION_SORT_MAX. */
const INSERTION_SORT_MAX: i32 = 16;

@inline
function i32At(base: usize, k: i32): i32 {
  return load<i32>(base + (<usize>k << 2));
}

@inline
function setI32(base: usize, k: i32, value: i32): void {
  store<i32>(base + (<usize>k << 2), value);
}

@inline
function f64At(base: usize, k: i32): f64 {
  return load<f64>(base + (<usize>k << 3));
}

export function layoutTree(
  n: i32,
  firstWithId: usize,
  parentFirst: usize,
  hasParent: usize,
  start: usize,
  duration: usize,
  parent: usize,
  first: usize,
  children: usize,
  order: usize,
  position: usize,
  depth: usize,
  size: usize,
  flags: usize,
  extent: usize,
  scratch: usize,
): i32 {
  for (let k = 0; k < n; k++) if (i32At(firstWithId, k) != k) return DUPLICATE_ID;

  // Parents, flags, durations as drawn.
  for (let k = 0; k < n; k++) {
    let flag: u8 = 0;
    let p = -1;
    if (load<u8>(hasParent + <usize>k) != 0) {
      p = i32At(parentFirst, k);
      if (p < 0) flag |= ORPHAN;
    }
    setI32(parent, k, p);
    const d = f64At(duration, k);
    if (d < 0) {
      flag |= NEGATIVE_DURATION;
      store<f64>(duration + (<usize>k << 3), 0);
    }
    store<u8>(flags + <usize>k, flag);
  }

  // Child lists (child-lists.ts childLists): slot n holds the roots.
  for (let k = 0; k < n + 2; k++) setI32(first, k, 0);
  for (let k = 0; k < n; k++) {
    const slot = i32At(parent, k) >= 0 ? i32At(parent, k) : n;
    setI32(first, slot + 1, i32At(first, slot + 1) + 1);
  }
  for (let k = 0; k <= n; k++) setI32(first, k + 1, i32At(first, k + 1) + i32At(first, k));
  for (let k = 0; k < n + 2; k++) setI32(scratch, k, i32At(first, k));
  for (let k = 0; k < n; k++) {
    const slot = i32At(parent, k) >= 0 ? i32At(parent, k) : n;
    const at = i32At(scratch, slot);
    setI32(children, at, k);
    setI32(scratch, slot, at + 1);
  }

  // Each list by start, ties by index (child-lists.ts sortChildren): the lists hold their
  // spans in index order, and both sorts below keep equal starts in that order.
  for (let v = 0; v <= n; v++) {
    const from = i32At(first, v);
    const to = i32At(first, v + 1);
    if (to - from <= 1) continue;
    if (to - from <= INSERTION_SORT_MAX) insertionSort(children, from, to, start);
    else mergeSort(children, from, to, start, scratch);
  }

  // Pre-order by explicit stack (child-lists.ts preorder); a span never reached is on a cycle.
  let top = 0;
  let count = 0;
  for (let c = i32At(first, n + 1) - 1; c >= i32At(first, n); c--) setI32(scratch, top++, i32At(children, c));
  while (top > 0) {
    const v = i32At(scratch, --top);
    setI32(order, count++, v);
    for (let c = i32At(first, v + 1) - 1; c >= i32At(first, v); c--) setI32(scratch, top++, i32At(children, c));
  }
  if (count < n) return CYCLE;

  for (let k = 0; k < n; k++) setI32(position, i32At(order, k), k);
  // Depths parents first, sizes children first (child-lists.ts depthsAndSizes).
  for (let k = 0; k < n; k++) {
    const v = i32At(order, k);
    const p = i32At(parent, v);
    setI32(depth, v, p >= 0 ? i32At(depth, p) + 1 : 0);
    setI32(size, v, 1);
  }
  for (let k = n - 1; k >= 0; k--) {
    const v = i32At(order, k);
    const p = i32At(parent, v);
    if (p >= 0) setI32(size, p, i32At(size, p) + i32At(size, v));
  }

  // Children outside their parent (trace-layout.ts flagChildrenOutside), on the drawn times;
  // a parent with a negative duration has no known end and flags none.
  for (let v = 0; v < n; v++) {
    const p = i32At(parent, v);
    if (p < 0) continue;
    const early = f64At(start, p) - f64At(start, v);
    const late = f64At(start, v) + f64At(duration, v) - (f64At(start, p) + f64At(duration, p));
    if (early <= OUTSIDE_TOLERANCE_US && late <= OUTSIDE_TOLERANCE_US) continue;
    if ((load<u8>(flags + <usize>p) & NEGATIVE_DURATION) != 0) continue;
    store<u8>(flags + <usize>v, load<u8>(flags + <usize>v) | OUTSIDE_PARENT);
  }

  // The trace's extent (trace-preview.ts previewTrace), on the drawn times.
  let earliest = Infinity;
  let latest = -Infinity;
  let deepest = 0;
  for (let v = 0; v < n; v++) {
    const s = f64At(start, v);
    const e = s + f64At(duration, v);
    if (s < earliest) earliest = s;
    if (e > latest) latest = e;
    if (i32At(depth, v) > deepest) deepest = i32At(depth, v);
  }
  store<f64>(extent, earliest);
  store<f64>(extent + 8, latest);
  store<i32>(extent + 16, deepest);
  return LAID_OUT;
}

@inline
function before(a: i32, b: i32, start: usize): bool {
  const sa = f64At(start, a);
  const sb = f64At(start, b);
  return sa < sb || (sa == sb && a < b);
}

function insertionSort(list: usize, from: i32, to: i32, start: usize): void {
  for (let i = from + 1; i < to; i++) {
    const x = i32At(list, i);
    let j = i - 1;
    for (; j >= from; j--) {
      const y = i32At(list, j);
      if (before(y, x, start)) break;
      setI32(list, j + 1, y);
    }
    setI32(list, j + 1, x);
  }
}

/**
 * Bottom-up merge sort of list[from, to) through `scratch` (the same range of it is free:
 * only the stack of the pre-order uses scratch, and it runs after the sorts).
 */
function mergeSort(list: usize, from: i32, to: i32, start: usize, scratch: usize): void {
  // Runs of INSERTION_SORT_MAX first, then merged pairwise, back and forth.
  for (let a = from; a < to; a += INSERTION_SORT_MAX) insertionSort(list, a, min(a + INSERTION_SORT_MAX, to), start);
  let src = list;
  let dst = scratch;
  for (let width = INSERTION_SORT_MAX; width < to - from; width <<= 1) {
    for (let a = from; a < to; a += width << 1) {
      const mid = min(a + width, to);
      const end = min(a + (width << 1), to);
      let i = a;
      let j = mid;
      let k = a;
      while (i < mid && j < end) {
        const x = i32At(src, i);
        const y = i32At(src, j);
        // Equal keys cannot happen (ties go by index), so the merge is stable either way.
        if (before(y, x, start)) {
          setI32(dst, k++, y);
          j++;
        } else {
          setI32(dst, k++, x);
          i++;
        }
      }
      while (i < mid) setI32(dst, k++, i32At(src, i++));
      while (j < end) setI32(dst, k++, i32At(src, j++));
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src != list) for (let k = from; k < to; k++) setI32(list, k, i32At(src, k));
}
