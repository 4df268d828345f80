import { formatDuration } from '../../lib/format-time';

/** `+12.3ms` / `-850µs` / `0`. */
export function formatDelta(us: number): string {
  if (us === 0) return '0';
  return `${us > 0 ? '+' : '-'}${formatDuration(Math.abs(us))}`;
}

/** `+50%` / `-12.5%`, `new` when A had no time there, '' for no change. */
export function formatPercent(pct: number | null, deltaUs: number): string {
  if (pct === null) return deltaUs === 0 ? '' : 'new';
  if (pct === 0) return '';
  const digits = Math.abs(pct) < 10 ? 1 : 0;
  return `${pct > 0 ? '+' : ''}${pct.toFixed(digits)}%`;
}

/** `3× 12ms` or `–` when the side has no span there. */
export function formatSide(count: number, durationUs: number): string {
  if (count === 0) return '–';
  return count === 1 ? formatDuration(durationUs) : `${count}× ${formatDuration(durationUs)}`;
}
