// Matches the span ids of a big OTLP answer's spans (what src/model/tree-links.ts's id table
// does for the layout), from the ids otlp-place.ts read while the answer arrived. In
// JavaScript each of the 200k lookups of a 100k-span trace read the id back from its string
// as two numbers, then hashed them into the table: ~40–65 ms after the last byte, in code not
// yet optimized. Here the ids come as numbers already (otlp-place.ts read their 16 lower-case
// hex digits, 64 bits exactly: two ids are the same string exactly when they are the same
// number, as in SpanIdIndex), and only the table's work is left.
//
// Memory is the caller's: `ids` holds n × ID_BYTES as otlp-place.ts wrote them (the span id's
// value at +32, the parent id's at +40), `hasParent` n bytes (1: the parent id is set),
// `table` room for tableSlots i32s (zeroed; tableSlots a power of two, at least 2n), and the
// results go to `firstWithId` and `parentFirst` (n i32s each: see MatchedIds in tree-links.ts).

import { ID_BYTES, PARENT_KEY, SPAN_KEY } from './otlp-place';

/**
 * The slot of `key` in the table, or the empty slot where it belongs (linear probing). A slot
 * holds 1 + the first span with the key (0: empty); the key is that span's, read from `ids`:
 * a table of 4-byte slots (1 MB for 100k spans) is touched for the first time here, page by
 * page, and 16-byte ones with the key in them took ~2× as long.
 */
@inline
function slotOf(table: usize, mask: u64, key: u64, ids: usize): usize {
  // Fibonacci hashing: the multiply spreads the key's bits over the high ones.
  let i = (key * 0x9e3779b97f4a7c15) >> 32;
  for (;;) {
    const slot = table + (<usize>(i & mask) << 2);
    const held = load<i32>(slot);
    if (held == 0 || load<u64>(ids + <usize>(held - 1) * ID_BYTES + SPAN_KEY) == key) return slot;
    i++;
  }
  return 0; // not reached: AssemblyScript wants a return after an endless loop
}

export function linkIds(ids: usize, hasParent: usize, n: i32, table: usize, tableSlots: i32, firstWithId: usize, parentFirst: usize): void {
  const mask = <u64>(tableSlots - 1);
  for (let k = 0; k < n; k++) {
    const slot = slotOf(table, mask, load<u64>(ids + <usize>k * ID_BYTES + SPAN_KEY), ids);
    let first = load<i32>(slot) - 1;
    if (first < 0) {
      store<i32>(slot, k + 1);
      first = k;
    }
    store<i32>(firstWithId + (<usize>k << 2), first);
  }
  for (let k = 0; k < n; k++) {
    let found = -1;
    if (load<u8>(hasParent + <usize>k) != 0) {
      found = load<i32>(slotOf(table, mask, load<u64>(ids + <usize>k * ID_BYTES + PARENT_KEY), ids)) - 1;
    }
    store<i32>(parentFirst + (<usize>k << 2), found);
  }
}
