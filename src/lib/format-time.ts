// Display text for durations and instants. Durations pick the unit that keeps 1–3 integer
// digits (as Jaeger UI does), so a column of values reads at a glance.

const UNITS: readonly (readonly [limitUs: number, divisor: number, suffix: string])[] = [
  [1_000, 1, 'µs'],
  [1_000_000, 1_000, 'ms'],
  [60_000_000, 1_000_000, 's'],
];

function trim(n: number, digits: number): string {
  // toFixed then drop trailing zeros: 1.50 → 1.5, 2.00 → 2
  const text = n.toFixed(digits);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** 0µs, 850µs, 1.25ms, 12.3ms, 4.5s, 2m 5s, 1h 2m. Negative values keep their sign. */
export function formatDuration(us: number): string {
  if (!Number.isFinite(us)) return '–';
  if (us < 0) return `-${formatDuration(-us)}`;
  for (const [limit, divisor, suffix] of UNITS) {
    // Compare after rounding so 999.7µs reads 1ms, not 1000µs.
    if (Math.round(us) < limit) {
      const v = us / divisor;
      return `${trim(v, v < 10 ? 2 : v < 100 ? 1 : 0)}${suffix}`;
    }
  }
  const totalSeconds = Math.floor(us / 1_000_000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const secs = totalSeconds % 60;
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`;
  return secs > 0 ? `${minutes}m ${secs}s` : `${minutes}m`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-22 03:16:20.123` in local time (or UTC with `utc`), from epoch µs. */
export function formatTimestamp(us: number, utc = false): string {
  if (!Number.isFinite(us)) return '–';
  const d = new Date(Math.floor(us / 1000));
  if (Number.isNaN(d.getTime())) return '–';
  const [y, mo, day, h, mi, s, ms] = utc
    ? [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()]
    : [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()];
  return `${y}-${pad(mo)}-${pad(day)} ${pad(h)}:${pad(mi)}:${pad(s)}.${pad(ms, 3)}`;
}

/** An offset from a reference instant: `+1.25ms`, `0µs`, `-3µs`. */
export function formatOffset(us: number): string {
  if (us === 0) return '0µs';
  return us > 0 ? `+${formatDuration(us)}` : formatDuration(us);
}
