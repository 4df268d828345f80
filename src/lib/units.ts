// Branded time units (after Perfetto's base/time.ts): a microsecond value cannot be passed
// where nanoseconds are expected without an explicit conversion.
declare const unitBrand: unique symbol;
type Brand<T, U extends string> = T & { readonly [unitBrand]: U };

/** Microseconds: the model's unit for every time and duration. Epoch µs fits a double exactly. */
export type Micros = Brand<number, 'µs'>;
/** Milliseconds, used only at API edges (Zipkin endTs/lookback, Jaeger dependencies). */
export type Millis = Brand<number, 'ms'>;
/** Seconds, used only at API edges (Tempo start/end). */
export type Seconds = Brand<number, 's'>;

export const micros = (n: number): Micros => n as Micros;
export const millis = (n: number): Millis => n as Millis;
export const seconds = (n: number): Seconds => n as Seconds;

export const msToMicros = (ms: number): Micros => micros(ms * 1000);
export const microsToMs = (us: Micros): Millis => millis(us / 1000);
export const microsToSeconds = (us: Micros): Seconds => seconds(Math.floor(us / 1_000_000));

/**
 * Converts a decimal nanosecond string (OTLP `*UnixNano`, up to 20 digits) to microseconds
 * without going through a lossy 64-bit double first: the µs part is parsed on its own and
 * the sub-µs remainder added as a fraction. Returns null for anything that is not digits.
 */
export function nanosStringToMicros(ns: string): Micros | null {
  const s = ns.trim();
  if (!/^\d{1,21}$/.test(s)) return null;
  if (s.length <= 3) return micros(Number(s) / 1000);
  const whole = Number(s.slice(0, -3));
  const frac = Number(s.slice(-3)) / 1000;
  return micros(whole + frac);
}

/** Nanoseconds given as a number or a decimal string. */
export function nanosToMicros(ns: number | string): Micros | null {
  if (typeof ns === 'string') return nanosStringToMicros(ns);
  if (!Number.isFinite(ns) || ns < 0) return null;
  return micros(ns / 1000);
}
