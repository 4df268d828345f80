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
  const quick = plainNanosToMicros(ns);
  if (quick !== undefined) return quick;
  const s = ns.trim();
  if (!/^\d{1,21}$/.test(s)) return null;
  if (s.length <= 3) return micros(Number(s) / 1000);
  const whole = Number(s.slice(0, -3));
  const frac = Number(s.slice(-3)) / 1000;
  return micros(whole + frac);
}

/**
 * The same value for the usual case, 4 to 19 bare digits whose µs part is a safe integer,
 * read digit by digit (exact below 2^53) without the trim, regex and slices; else undefined.
 */
function plainNanosToMicros(ns: string): Micros | undefined {
  const n = ns.length;
  if (n < 4 || n > 19) return undefined;
  let whole = 0;
  for (let i = 0; i < n - 3; i++) {
    const d = ns.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    whole = whole * 10 + d;
  }
  if (whole > Number.MAX_SAFE_INTEGER) return undefined;
  let frac = 0;
  for (let i = n - 3; i < n; i++) {
    const d = ns.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    frac = frac * 10 + d;
  }
  return micros(whole + frac / 1000);
}

/** Nanoseconds given as a number or a decimal string. */
export function nanosToMicros(ns: number | string): Micros | null {
  if (typeof ns === 'string') return nanosStringToMicros(ns);
  if (!Number.isFinite(ns) || ns < 0) return null;
  return micros(ns / 1000);
}
