import { attr, attrText } from '../attributes';
import { errorSpanIndices } from '../error-spans';
import type { Span, Trace } from '../types';

export type StatsGrouping =
  | { readonly by: 'service' }
  | { readonly by: 'operation' }
  | { readonly by: 'service-operation' }
  /** Any attribute key: span attributes first, then resource attributes. */
  | { readonly by: 'attribute'; readonly key: string };

export interface StatsRow {
  /** The group's values: [service], [operation], [service, operation] or [attribute text]. */
  readonly group: readonly string[];
  /** False for the row of spans that lack the grouping attribute (its group is ['']). */
  readonly hasValue: boolean;
  readonly count: number;
  readonly totalUs: number;
  readonly selfTotalUs: number;
  readonly avgUs: number;
  readonly minUs: number;
  readonly maxUs: number;
  readonly errorCount: number;
}

export type StatsColumn =
  | 'group'
  | 'count'
  | 'totalUs'
  | 'selfTotalUs'
  | 'avgUs'
  | 'minUs'
  | 'maxUs'
  | 'errorCount';

interface Acc {
  group: string[];
  hasValue: boolean;
  count: number;
  totalUs: number;
  selfTotalUs: number;
  minUs: number;
  maxUs: number;
  errorCount: number;
}

/**
 * The group a span falls in, and the accumulator's key. The usual groupings key by the
 * service or name string itself (no string or array made per span: 100k spans); two-part
 * and attribute keys are joined with \u0000, which cannot be confused with text inside a
 * name, and prefixed so that "no value" stays apart from the empty string.
 */
function keyOf(span: Span, grouping: StatsGrouping): string {
  switch (grouping.by) {
    case 'service':
      return span.service;
    case 'operation':
      return span.name;
    case 'service-operation':
      return `${span.service}\u0000${span.name}`;
    case 'attribute': {
      const v = attr(span, grouping.key) ?? attr(span.resource, grouping.key);
      return v === undefined ? 'n' : `v${attrText(v)}`;
    }
  }
}

function groupOf(span: Span, grouping: StatsGrouping): { group: string[]; hasValue: boolean } {
  switch (grouping.by) {
    case 'service':
      return { group: [span.service], hasValue: true };
    case 'operation':
      return { group: [span.name], hasValue: true };
    case 'service-operation':
      return { group: [span.service, span.name], hasValue: true };
    case 'attribute': {
      const v = attr(span, grouping.key) ?? attr(span.resource, grouping.key);
      return v === undefined ? { group: [''], hasValue: false } : { group: [attrText(v)], hasValue: true };
    }
  }
}

/**
 * Per-group span statistics. Self time is the model's `selfTimeUs` (time not covered by any
 * child, overlapping children merged), so summing it over a trace never exceeds wall time
 * per span. Rows come in first-seen order; use sortStats for a column order.
 */
export function computeStats(
  trace: Trace,
  grouping: StatsGrouping,
  spanIndices?: ArrayLike<number>,
): StatsRow[] {
  const groups = new Map<string, Acc>();
  const isError = new Uint8Array(trace.spans.length);
  for (const k of errorSpanIndices(trace)) isError[k] = 1;
  const count = spanIndices ? spanIndices.length : trace.spans.length;
  for (let k = 0; k < count; k++) {
    const span = trace.spans[spanIndices ? spanIndices[k]! : k];
    if (!span) continue;
    const key = keyOf(span, grouping);
    let acc = groups.get(key);
    if (!acc) {
      acc = {
        ...groupOf(span, grouping),
        count: 0,
        totalUs: 0,
        selfTotalUs: 0,
        minUs: Infinity,
        maxUs: -Infinity,
        errorCount: 0,
      };
      groups.set(key, acc);
    }
    const d: number = span.durationUs;
    acc.count++;
    acc.totalUs += d;
    acc.selfTotalUs += span.selfTimeUs;
    if (d < acc.minUs) acc.minUs = d;
    if (d > acc.maxUs) acc.maxUs = d;
    if (isError[span.index] === 1) acc.errorCount++;
  }
  return [...groups.values()].map((a) => ({ ...a, avgUs: a.totalUs / a.count }));
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** A new array sorted by `column`; ties fall back to the group text so the order is stable. */
export function sortStats(
  rows: readonly StatsRow[],
  column: StatsColumn,
  direction: 'asc' | 'desc' = 'desc',
): StatsRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byGroup = (a: StatsRow, b: StatsRow) => {
    const n = Math.min(a.group.length, b.group.length);
    for (let i = 0; i < n; i++) {
      const c = collator.compare(a.group[i]!, b.group[i]!);
      if (c !== 0) return c;
    }
    return Number(b.hasValue) - Number(a.hasValue);
  };
  return [...rows].sort((a, b) => {
    if (column === 'group') return sign * byGroup(a, b);
    return sign * (a[column] - b[column]) || byGroup(a, b);
  });
}
