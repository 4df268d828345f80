import type { Trace } from '../types';
import { collapseAll, collapseToDepth } from './rows';

/**
 * The collapsed-row set in a URL parameter, compactly. Only characters that
 * application/x-www-form-urlencoded leaves as they are (a-z 0-9 . - _), so the URL stays
 * readable:
 * - ''        nothing collapsed
 * - '_all'    every span with children (collapse all)
 * - '_d<N>'   collapseToDepth(N), N in base 10
 * - a list: sorted span indices as gaps, base 36, separated by '.'; a gap is
 *   `index - previous - 1` (previous starts at -1), and `-k` after it adds k more
 *   consecutive indices. [3,4,5,9] → '3-2.3'.
 * The encoder picks a named form when it reproduces the set exactly.
 */
export function encodeCollapsed(trace: Trace, collapsed: ReadonlySet<number>): string {
  if (collapsed.size === 0) return '';
  // The named forms are recognised by counting, without building the sets they stand for:
  // this runs on every collapse action, on traces of 100k spans.
  const spans = trace.spans;
  let allParents = true;
  let minDepth = Infinity;
  let sameDepthParents = true;
  for (const i of collapsed) {
    const span = spans[i];
    if (!span || span.children.length === 0) allParents = false;
    minDepth = Math.min(minDepth, span?.depth ?? Infinity);
  }
  if (allParents) {
    let parents = 0;
    let parentsAtMin = 0;
    for (const span of spans) {
      if (span.children.length === 0) continue;
      parents++;
      if (span.depth === minDepth) parentsAtMin++;
    }
    if (collapsed.size === parents) return '_all';
    for (const i of collapsed) if (spans[i]!.depth !== minDepth) sameDepthParents = false;
    if (sameDepthParents && collapsed.size === parentsAtMin) return `_d${minDepth}`;
  }
  return encodeIndexList(collapsed);
}

/** Any set of non-negative integers; the trace-independent part of the codec. */
export function encodeIndexList(indices: Iterable<number>): string {
  const valid: number[] = [];
  for (const i of indices) if (Number.isInteger(i) && i >= 0 && i < 2 ** 31) valid.push(i);
  const sorted = Int32Array.from(new Set(valid)).sort();
  const parts: string[] = [];
  let prev = -1;
  let k = 0;
  while (k < sorted.length) {
    const start = sorted[k]!;
    let run = 0;
    while (k + run + 1 < sorted.length && sorted[k + run + 1] === start + run + 1) run++;
    const gap = (start - prev - 1).toString(36);
    parts.push(run > 0 ? `${gap}-${run.toString(36)}` : gap);
    prev = start + run;
    k += run + 1;
  }
  return parts.join('.');
}

const TOKEN = /^([0-9a-z]{1,7})(?:-([0-9a-z]{1,7}))?$/;

/** The indices of a list form, or null when the text is not one. */
export function decodeIndexList(text: string): number[] | null {
  if (text === '') return [];
  const out: number[] = [];
  let prev = -1;
  for (const token of text.split('.')) {
    const m = TOKEN.exec(token);
    if (!m) return null;
    const start = prev + 1 + parseInt(m[1]!, 36);
    const run = m[2] === undefined ? 0 : parseInt(m[2], 36);
    if (out.length + run + 1 > 10_000_000) return null;
    for (let i = 0; i <= run; i++) out.push(start + i);
    prev = start + run;
  }
  return out;
}

/**
 * The collapsed set for `trace`, or null when the text is malformed (callers then fall back
 * to nothing collapsed). Indices beyond the trace are ignored: the URL may outlive a change.
 */
export function decodeCollapsed(trace: Trace, text: string): Set<number> | null {
  const n = trace.spans.length;
  if (text === '_all') return collapseAll(trace);
  const depth = /^_d(\d{1,6})$/.exec(text);
  if (depth) return collapseToDepth(trace, Number(depth[1]));
  const list = decodeIndexList(text);
  if (list === null) return null;
  const set = new Set<number>();
  for (const i of list) if (i < n) set.add(i);
  return set;
}

