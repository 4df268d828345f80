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
  if (typeof startRaw === 'string' && typeof endRaw === 'string' && DIGITS.test(startRaw) && DIGITS.test(endRaw)) {
    const d = BigInt(endRaw.trim()) - BigInt(startRaw.trim());
    return micros(Number(d / 1000n) + Number(d % 1000n) / 1000);
  }
  return micros(endUs - startUs);
}
