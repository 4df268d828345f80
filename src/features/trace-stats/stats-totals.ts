import type { StatsRow } from '../../model/analyses/stats';

export interface StatsTotals {
  readonly count: number;
  readonly totalUs: number;
  readonly selfTotalUs: number;
  readonly errorCount: number;
}

/** Sums over all groups: the denominators of the percentage columns. */
export function statsTotals(rows: readonly StatsRow[]): StatsTotals {
  let count = 0;
  let totalUs = 0;
  let selfTotalUs = 0;
  let errorCount = 0;
  for (const r of rows) {
    count += r.count;
    totalUs += r.totalUs;
    selfTotalUs += r.selfTotalUs;
    errorCount += r.errorCount;
  }
  return { count, totalUs, selfTotalUs, errorCount };
}

/** A share as text: `12.3%`, `<0.1%` for tiny non-zero shares, `0%` for none. */
export function percentText(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return '0%';
  const p = (part / whole) * 100;
  if (p < 0.1) return '<0.1%';
  return `${p >= 10 ? p.toFixed(0) : p.toFixed(1)}%`;
}
