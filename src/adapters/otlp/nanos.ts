import { micros, nanosStringToMicros, nanosToMicros, type Micros } from '../../lib/units';
import { DecodeError } from '../../model/span-input';
import { describe } from '../shared/decode-helpers';

/**
 * An OTLP `*UnixNano` field: a decimal string (protobuf JSON) or a number (Go structs).
 * Absent and 0 both mean "not set" (proto3 omits zero values) and read as null.
 */
export function readNanos(raw: unknown, path: string): Micros | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string') {
    const us = nanosStringToMicros(raw);
    if (us === null) throw new DecodeError(`expected nanoseconds as digits, found "${raw.slice(0, 40)}"`, path);
    return us === 0 ? null : us;
  }
  if (typeof raw === 'number') {
    const us = nanosToMicros(raw);
    if (us === null) throw new DecodeError(`expected nanoseconds, found ${describe(raw)} ${raw}`, path);
    return us === 0 ? null : us;
  }
  throw new DecodeError(`expected nanoseconds, found ${describe(raw)}`, path);
}

const DIGITS = /^\s*\d+\s*$/;

/**
 * end − start in µs. When both came as strings the difference is taken exactly in BigInt,
 * so a 1 ns span is not lost to the 0.25 µs resolution of epoch µs doubles.
 */
export function nanosBetween(
  startRaw: unknown,
  endRaw: unknown,
  startUs: Micros | null,
  endUs: Micros | null,
): Micros | null {
  if (startUs === null || endUs === null) return null;
  if (typeof startRaw !== 'string' || typeof endRaw !== 'string') return micros(endUs - startUs);
  const quick = digitsDifference(startRaw, endRaw);
  if (quick !== undefined) {
    // What the BigInt lines below compute, in exact double arithmetic (|quick| < 10^15).
    const rest = quick % 1000;
    return micros((quick - rest) / 1000 + rest / 1000);
  }
  if (DIGITS.test(startRaw) && DIGITS.test(endRaw)) {
    const d = BigInt(endRaw.trim()) - BigInt(startRaw.trim());
    return micros(Number(d / 1000n) + Number(d % 1000n) / 1000);
  }
  return micros(endUs - startUs);
}

/**
 * end − start for two bare-digit strings of one length that differ only in their last 15
 * digits (any span shorter than ~11 days): the shared prefix cancels, and the differing
 * tails are exact doubles. Undefined otherwise, and then BigInt does it.
 */
function digitsDifference(start: string, end: string): number | undefined {
  const n = start.length;
  if (n === 0 || end.length !== n) return undefined;
  let i = 0;
  for (; i < n; i++) {
    const c = start.charCodeAt(i);
    if (c !== end.charCodeAt(i)) break;
    if (c < 48 || c > 57) return undefined;
  }
  if (n - i > 15) return undefined;
  let a = 0;
  let b = 0;
  for (; i < n; i++) {
    const x = start.charCodeAt(i) - 48;
    const y = end.charCodeAt(i) - 48;
    if (x < 0 || x > 9 || y < 0 || y > 9) return undefined;
    a = a * 10 + x;
    b = b * 10 + y;
  }
  return b - a;
}
