// Time values in the units and spellings the backends' query parameters expect.
import type { Micros } from '../../lib/units';

/**
 * µs → a Go duration string (`time.ParseDuration`), exact and short: `2s`, `150ms`, `1500us`.
 * Jaeger and Tempo parse these; TraceQL duration literals use the same units.
 */
export function goDuration(us: Micros): string {
  const n = Math.max(0, Math.round(us));
  if (n === 0) return '0s';
  if (n % 1_000_000 === 0) return `${n / 1_000_000}s`;
  if (n % 1000 === 0) return `${n / 1000}ms`;
  return `${n}us`;
}

/**
 * Epoch µs → RFC 3339 in UTC with nanosecond precision (`2026-11-22T03:15:54.123456000Z`),
 * as Jaeger /api/v3 expects for `query.start_time_min`/`max`.
 */
export function rfc3339Nanos(us: Micros): string {
  const whole = Math.floor(us);
  const ms = Math.floor(whole / 1000);
  const subMs = whole - ms * 1000; // 0..999 µs
  const iso = new Date(ms).toISOString(); // 2026-11-22T03:15:54.123Z
  const seconds = iso.slice(0, 19);
  const fraction = iso.slice(20, 23) + String(subMs).padStart(3, '0') + '000';
  return `${seconds}.${fraction}Z`;
}

/** Epoch µs → whole ms (Zipkin endTs, Jaeger dependencies endTs). */
export const epochMillis = (us: Micros): number => Math.floor(us / 1000);

/** A span of µs → whole ms, at least 1 (Zipkin rejects lookback <= 0). */
export const lookbackMillis = (startUs: Micros, endUs: Micros): number =>
  Math.max(1, Math.round((endUs - startUs) / 1000));
