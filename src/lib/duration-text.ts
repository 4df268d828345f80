import { micros, type Micros } from './units';

const UNIT_US: Readonly<Record<string, number>> = {
  ns: 0.001,
  us: 1,
  'µs': 1,
  'μs': 1,
  ms: 1_000,
  s: 1_000_000,
  m: 60_000_000,
  h: 3_600_000_000,
};

/**
 * Parses a duration as people and Jaeger UI write it (`100ms`, `1.5s`, `250us`, `2m`,
 * Go-style `1m30s`). A bare number means milliseconds. Null for anything else.
 */
export function parseDuration(text: string): Micros | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, '');
  if (!s) return null;
  if (/^\d+(\.\d+)?$/.test(s)) return micros(Number(s) * 1000);
  const part = /(\d+(?:\.\d+)?)(ns|us|µs|μs|ms|s|m|h)/y;
  let total = 0;
  let at = 0;
  while (at < s.length) {
    part.lastIndex = at;
    const m = part.exec(s);
    if (!m) return null;
    total += Number(m[1]) * (UNIT_US[m[2] ?? ''] ?? NaN);
    at = part.lastIndex;
  }
  return Number.isFinite(total) ? micros(total) : null;
}
