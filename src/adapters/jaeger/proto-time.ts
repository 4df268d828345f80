import { micros, type Micros } from '../../lib/units';

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|z|[+-]\d{2}:\d{2})$/;

/**
 * RFC 3339 time with up to nanosecond digits (protobuf Timestamp JSON, Jaeger api_v2
 * `startTime`) → epoch µs. Date.parse keeps only milliseconds, so the fraction is read apart.
 */
export function rfc3339ToMicros(text: string): Micros | null {
  const m = RFC3339.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac = '', zone = 'Z'] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (!Number.isFinite(ms)) return null;
  let offsetMin = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    offsetMin = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  }
  const digits = frac.padEnd(9, '0');
  const fracUs = Number(digits.slice(0, 6)) + Number(digits.slice(6)) / 1000;
  return micros((ms - offsetMin * 60_000) * 1000 + fracUs);
}

const UNIT_US: Readonly<Record<string, number>> = {
  ns: 0.001,
  us: 1,
  'µs': 1,
  'μs': 1,
  ms: 1000,
  s: 1_000_000,
  m: 60_000_000,
  h: 3_600_000_000,
};

/**
 * A duration as protobuf JSON writes it ("0.000005s") or as gogo/Go writes it ("5000ns",
 * "1m30.5s") → µs. Returns null for anything else.
 */
export function durationToMicros(text: string): Micros | null {
  const trimmed = text.trim();
  const negative = trimmed.startsWith('-');
  const s = negative ? trimmed.slice(1) : trimmed;
  if (s === '0') return micros(0);
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|μs|ms|s|m|h)/gy;
  let total = 0;
  let matched = 0;
  for (const m of s.matchAll(re)) {
    total += Number(m[1]) * (UNIT_US[m[2] ?? ''] ?? NaN);
    matched += m[0].length;
  }
  if (matched === 0 || matched !== s.length || !Number.isFinite(total)) return null;
  return micros(negative ? -total : total);
}
