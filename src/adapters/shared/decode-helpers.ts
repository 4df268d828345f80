import { DecodeError } from '../../model/span-input';

/**
 * Small readers for untrusted JSON used by the Jaeger, Zipkin and file decoders. Every
 * reader takes the path of the value so a DecodeError can say where the problem is.
 * Null counts as absent: Jaeger and Zipkin both emit `null` for empty optional fields.
 */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: keys such as `__proto__` or `constructor` in data never reach the prototype. */
export function own(obj: JsonRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : String(value);
  return typeof value;
}

export function expectRecord(value: unknown, path: string, what = 'an object'): JsonRecord {
  if (!isRecord(value)) throw new DecodeError(`expected ${what}, found ${describe(value)}`, path);
  return value;
}

export function optArray(obj: JsonRecord, key: string, path: string): readonly unknown[] {
  const v = own(obj, key);
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new DecodeError(`expected an array, found ${describe(v)}`, join(path, key));
  return v;
}

export function optString(obj: JsonRecord, key: string, path: string): string | undefined {
  const v = own(obj, key);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new DecodeError(`expected a string, found ${describe(v)}`, join(path, key));
  return v;
}

export function reqString(obj: JsonRecord, key: string, path: string): string {
  const v = optString(obj, key, path);
  if (v === undefined) throw new DecodeError(`missing "${key}"`, path);
  return v;
}

const DECIMAL = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** A finite number, or a decimal string (64-bit values often travel as strings). */
export function optNumber(obj: JsonRecord, key: string, path: string): number | undefined {
  const v = own(obj, key);
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && DECIMAL.test(v.trim())) {
    const n = Number(v.trim());
    if (Number.isFinite(n)) return n;
  }
  throw new DecodeError(`expected a number, found ${describe(v)}`, join(path, key));
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Integer text kept exactly: a number when safe, else the decimal string (see AttributeValue). */
export function integerValue(v: number | string): number | string | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (isShortInteger(v)) return Number(v);
  const s = v.trim();
  if (!/^-?\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : s.replace(/^(-?)0+(?=\d)/, '$1');
}

/** Bare digits (optionally after '-'), at most 15: always a safe integer, so `Number` is exact. */
function isShortInteger(s: string): boolean {
  const start = s.charCodeAt(0) === 45 ? 1 : 0;
  const n = s.length;
  if (n === start || n - start > 15) return false;
  for (let i = start; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Display text for a free-form value from the data (backend warnings, error entries). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? describe(value);
  } catch {
    // Too deep for the engine's recursive stringify: say what it is instead.
    return describe(value);
  }
}

/** The service of a span whose data names none (OTel SDKs' own default for `service.name`). */
export const UNKNOWN_SERVICE = 'unknown_service';
