import type { SpanInput } from './span-input';
import { SpanIdIndex } from './span-id-index';
import { SpanWarnings } from './span-warnings';
import type { LayOutShape } from './tree-shape';
import type { DataWarning } from './types';

/** The fields parent links are decided on. */
type LinkInput = Pick<SpanInput, 'spanId' | 'parentSpanId' | 'startUs' | 'sharedServerHalf'> & Partial<Pick<SpanInput, 'warnings'>>;

/**
 * Who is whose parent, decided once for a list of decoded spans (indices are input indices).
 * Every problem met on the way becomes a warning on the span concerned; nothing is dropped.
 */
export interface TreeLinks {
  /** Unique per trace: the span id, or `<spanId>~<n>` for the n-th span sharing it. */
  readonly uids: readonly string[];
  /** Input index of the parent, -1 for a root. Acyclic: every span reaches a root. */
  readonly parent: Int32Array;
  /** The decoder's warnings plus those found here. */
  readonly warnings: SpanWarnings;
}

/**
 * The span ids of a list of spans already matched (by WebAssembly, from the answer's bytes:
 * src/adapters/shared/wasm-id-links.ts), in input order. Exactly what the id table here would
 * find: a property test holds the two equal.
 */
export interface MatchedIds {
  /** For each span, the first span (input index) with its span id: itself for the first. */
  readonly firstWithId: Int32Array;
  /**
   * For each span with a parent id, the first span with that id, or -1 when none has it; -1
   * also for spans without a parent id (parentSpanId null).
   */
  readonly parentFirst: Int32Array;
  /** Lays the tree out from these matches, when the matcher can (see LayOutShape). */
  readonly layOut?: LayOutShape;
}

/**
 * Spans grouped by span id without an array per id: `own` maps each span to the first span
 * with its id (so no id is looked up twice), `next` chains the later ones in input order.
 * `first` maps an id to its first span, for parent ids. `primary` and `server` are indexed
 * by that first span: the span keeping the plain id as uid (the first non-shared one, i.e. a
 * Zipkin client half) and the first Zipkin server half (`sharedServerHalf`, or -1).
 */
interface IdGroups {
  /** Null when the ids came matched (`MatchedIds`). */
  readonly first: SpanIdIndex | null;
  readonly own: Int32Array;
  readonly next: Int32Array;
  readonly primary: Int32Array;
  readonly server: Int32Array;
}

/** `given`: the ids already matched, for these very spans (else, or when not n long, matched here). */
export function resolveTreeLinks(spans: readonly LinkInput[], given?: MatchedIds): TreeLinks {
  const n = spans.length;
  const matched = given && given.firstWithId.length === n && given.parentFirst.length === n ? given : undefined;
  const warnings = new SpanWarnings(spans);
  const groups = groupById(spans, matched);
  const uids = assignUids(spans, groups, warnings);
  const parent = new Int32Array(n).fill(-1);

  for (let i = 0; i < n; i++) {
    const span = spans[i]!;
    const client = groups.primary[groups.own[i]!]!;
    // A Zipkin server half hangs under its client half, as Zipkin's own tree builder does.
    if (span.sharedServerHalf && client !== i && !spans[client]!.sharedServerHalf) {
      parent[i] = client;
      continue;
    }
    const parentId = span.parentSpanId;
    if (parentId === null) continue;
    const target = groups.first ? groups.first.get(parentId) : matched!.parentFirst[i]!;
    if (target < 0) {
      warnings.add(i, orphanWarning(parentId));
      continue;
    }
    // Children of a shared id belong to the server half: that is the side that did the work.
    const server = groups.server[target]!;
    parent[i] = server >= 0 ? server : groups.primary[target]!;
  }

  breakCycles(spans, parent, uids, warnings);
  return { uids, parent, warnings };
}

export function orphanWarning(parentId: string): DataWarning {
  return { kind: 'orphan', message: `Parent span ${parentId} is not in the trace; shown as a root.` };
}

function groupById(spans: readonly LinkInput[], matched: MatchedIds | undefined): IdGroups {
  const n = spans.length;
  const first = matched ? null : new SpanIdIndex(n);
  const own = new Int32Array(n);
  const next = new Int32Array(n).fill(-1);
  const last = new Int32Array(n);
  const primary = new Int32Array(n).fill(-1);
  const server = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const span = spans[i]!;
    const f = first ? first.firstOrAdd(span.spanId, i) : matched!.firstWithId[i]!;
    if (f !== i) next[last[f]!] = i;
    own[i] = f;
    last[f] = i;
    if (span.sharedServerHalf) {
      if (server[f]! < 0) server[f] = i;
    } else if (primary[f]! < 0) {
      primary[f] = i;
    }
  }
  for (let f = 0; f < n; f++) if (own[f] === f && primary[f]! < 0) primary[f] = f;
  return { first, own, next, primary, server };
}

function assignUids(spans: readonly LinkInput[], groups: IdGroups, warnings: SpanWarnings): string[] {
  const n = spans.length;
  const uids = new Array<string>(n);
  // Each id once, at its first span: ids in order of first appearance.
  for (let f = 0; f < n; f++) {
    if (groups.own[f] !== f) continue;
    const id = spans[f]!.spanId;
    const primary = groups.primary[f]!;
    uids[primary] = id;
    if (groups.next[f] === -1) continue;
    let count = 0;
    let suffix = 1;
    for (let m = f; m >= 0; m = groups.next[m]!) {
      count++;
      if (m !== primary) uids[m] = `${id}~${++suffix}`;
    }
    // A client half plus its one shared server half is Zipkin's normal shape, not a duplicate.
    const server = groups.server[f]!;
    const isCleanPair = count === 2 && server >= 0 && primary !== server && !spans[primary]!.sharedServerHalf;
    if (isCleanPair) continue;
    for (let m = f; m >= 0; m = groups.next[m]!) {
      warnings.add(m, {
        kind: 'duplicate-span-id',
        message: `Span id ${id} is used by ${count} spans; this one is shown as ${uids[m]}.`,
      });
    }
  }
  return uids;
}

/**
 * Spans that cannot reach a root sit on (or hang below) a parent cycle. Each cycle is cut
 * at its earliest-starting member (ties: input order), which becomes a root.
 */
function breakCycles(
  spans: readonly LinkInput[],
  parent: Int32Array,
  uids: readonly string[],
  warnings: SpanWarnings,
): void {
  const n = spans.length;
  // Walk parent pointers from each span not yet seen until a root, a span already settled,
  // or a span of this very walk: with at most one parent each, that last case is a cycle.
  // Every span is walked once. 0 = unseen, 1 = on the current walk, 2 = settled.
  const state = new Uint8Array(n);
  const walk = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    if (state[u] !== 0) continue;
    let length = 0;
    let v = u;
    while (v >= 0 && state[v] === 0) {
      state[v] = 1;
      walk[length++] = v;
      v = parent[v]!;
    }
    if (v >= 0 && state[v] === 1) {
      const from = walk.subarray(0, length).indexOf(v);
      cutCycle(Array.from(walk.subarray(from, length)), spans, parent, uids, warnings);
    }
    for (let k = 0; k < length; k++) state[walk[k]!] = 2;
  }
}

function cutCycle(
  cycle: readonly number[],
  spans: readonly LinkInput[],
  parent: Int32Array,
  uids: readonly string[],
  warnings: SpanWarnings,
): void {
  let cut = cycle[0]!;
  for (const m of cycle) if (startsBefore(spans, m, cut)) cut = m;
  parent[cut] = -1;
  const size = cycle.length;
  for (const m of cycle) {
    warnings.add(m, {
      kind: 'parent-cycle',
      message:
        m === cut
          ? `Parent links form a cycle of ${size} span(s); this span, the earliest of them, is shown as a root.`
          : `Parent links form a cycle of ${size} span(s); cut at ${uids[cut]}.`,
    });
  }
}

/** Earlier start first; a missing start counts as latest; ties keep input order. */
export function startsBefore(spans: readonly LinkInput[], a: number, b: number): boolean {
  const sa = finiteOr(spans[a]!.startUs, Infinity);
  const sb = finiteOr(spans[b]!.startUs, Infinity);
  return sa < sb || (sa === sb && a < b);
}

function finiteOr(value: number | null, fallback: number): number {
  return value !== null && Number.isFinite(value) ? value : fallback;
}
