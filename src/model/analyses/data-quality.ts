import type { Trace, WarningKind } from '../types';
import type { SkewFinding } from './clock-skew';

/** The data-quality panel's sections, in the order it shows them. */
export const QUALITY_CATEGORIES = ['orphans', 'duplicates', 'clock-skew', 'timestamps', 'truncated', 'other'] as const;
export type QualityCategory = (typeof QUALITY_CATEGORIES)[number];

export interface QualityIssue {
  readonly kind: WarningKind;
  readonly message: string;
  /** Spans concerned, ascending (may be empty for trace-wide notes). */
  readonly spanIndices: readonly number[];
  /** Optional per-span note, parallel to spanIndices (e.g. the skew shift). */
  readonly notes?: readonly string[];
}

export interface QualityGroup {
  readonly category: QualityCategory;
  readonly title: string;
  readonly issues: readonly QualityIssue[];
}

const TITLES: Record<QualityCategory, string> = {
  orphans: 'Orphan spans',
  duplicates: 'Duplicate span ids',
  'clock-skew': 'Clock skew',
  timestamps: 'Missing or bad timestamps',
  truncated: 'Truncated data',
  other: 'Other warnings',
};

const CATEGORY_OF: Record<WarningKind, QualityCategory> = {
  orphan: 'orphans',
  'duplicate-span-id': 'duplicates',
  'clock-skew': 'clock-skew',
  'missing-timestamp': 'timestamps',
  'missing-duration': 'timestamps',
  'negative-duration': 'timestamps',
  truncated: 'truncated',
  'parent-cycle': 'other',
  'child-outside-parent': 'other',
  'multiple-traces': 'other',
  'invalid-id': 'other',
  'source-warning': 'other',
};

function formatShift(us: number): string {
  const abs = Math.abs(us);
  const text = abs >= 1000 ? `${Math.round(abs / 10) / 100} ms` : `${Math.round(abs * 10) / 10} µs`;
  return `${us < 0 ? '−' : '+'}${text}`;
}

/**
 * What is wrong with the data, grouped for the panel: the trace's warnings by category, plus
 * the clock skew detected now (`skew`, from detectClockSkew, with the shift adjustment would
 * apply to each span). A child outside its parent on the same clock is not skew: it stays
 * under "other". Only non-empty groups are returned.
 */
export function dataQuality(trace: Trace, skew: readonly SkewFinding[]): QualityGroup[] {
  const byCategory = new Map<QualityCategory, QualityIssue[]>();
  const add = (category: QualityCategory, issue: QualityIssue) => {
    const list = byCategory.get(category);
    if (list) list.push(issue);
    else byCategory.set(category, [issue]);
  };
  if (skew.length > 0) {
    const ordered = [...skew].sort((a, b) => a.spanIndex - b.spanIndex);
    add('clock-skew', {
      kind: 'clock-skew',
      message: `${ordered.length} span(s) sit outside their parent across a clock boundary (another service or host).`,
      spanIndices: ordered.map((f) => f.spanIndex),
      notes: ordered.map((f) => (f.shiftUs === 0 ? 'no shift needed' : `adjust ${formatShift(f.shiftUs)}`)),
    });
  }
  const skewed = new Set(skew.map((f) => f.spanIndex));
  for (const w of trace.warnings) {
    const category = CATEGORY_OF[w.kind];
    if (w.kind === 'child-outside-parent' && skewed.size > 0) {
      // Those already listed under clock skew are not repeated.
      const rest = w.spanIndices.filter((i) => !skewed.has(i));
      if (rest.length === 0) continue;
      add(category, { kind: w.kind, message: `${rest.length} span(s) start before or end after their parent on the same clock.`, spanIndices: rest });
      continue;
    }
    add(category, { kind: w.kind, message: w.message, spanIndices: w.spanIndices });
  }
  return QUALITY_CATEGORIES.flatMap((category) => {
    const issues = byCategory.get(category);
    return issues ? [{ category, title: TITLES[category], issues }] : [];
  });
}

/** How many distinct spans the groups point at, and how many issues they hold. */
export function qualityCounts(groups: readonly QualityGroup[]): { issues: number; spans: number } {
  const spans = new Set<number>();
  let issues = 0;
  for (const g of groups) {
    for (const issue of g.issues) {
      issues++;
      for (const i of issue.spanIndices) spans.add(i);
    }
  }
  return { issues, spans: spans.size };
}
