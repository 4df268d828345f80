import type { StatsGrouping } from '../../model/analyses/stats';

/**
 * The grouping picker's value as one string (`service`, `operation`, `service-operation`,
 * `attr:<key>`), so a plain <select> can hold it. Unknown text falls back to service.
 */
export function groupingValue(g: StatsGrouping): string {
  return g.by === 'attribute' ? `attr:${g.key}` : g.by;
}

export function parseGroupingValue(value: string): StatsGrouping {
  if (value.startsWith('attr:') && value.length > 5) return { by: 'attribute', key: value.slice(5) };
  if (value === 'operation' || value === 'service-operation') return { by: value };
  return { by: 'service' };
}

/** Column headers for the group column(s) of a grouping. */
export function groupHeaders(g: StatsGrouping): string[] {
  switch (g.by) {
    case 'service':
      return ['Service'];
    case 'operation':
      return ['Operation'];
    case 'service-operation':
      return ['Service', 'Operation'];
    case 'attribute':
      return [g.key];
  }
}
