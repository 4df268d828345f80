import { DecodeError } from '../../model/span-input';
import type { Attribute, AttributeValue } from '../../model/types';
import { describe, integerValue, isRecord, join } from '../shared/decode-helpers';
import { pick } from './otlp-fields';

// Values nest (kvlist in array in kvlist); data is untrusted, so the depth is bounded and
// the call stack can never overflow.
export const MAX_DEPTH = 32;
export const EMPTY: AttributeValue = { type: 'string', value: '' };

/** OTLP `KeyValue[]` → typed attributes. Absent or null → []. */
export function decodeAttributes(raw: unknown, path: string, depth = 0): Attribute[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new DecodeError(`expected a list of attributes, found ${describe(raw)}`, path);
  const out: Attribute[] = new Array<Attribute>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const at = join(path, i);
    const kv: unknown = raw[i];
    if (!isRecord(kv)) throw new DecodeError(`expected an attribute {key, value}, found ${describe(kv)}`, at);
    const key = pick(kv, 'key').value;
    if (typeof key !== 'string') throw new DecodeError(`expected the attribute key as a string, found ${describe(key)}`, join(at, 'key'));
    out[i] = { key, value: decodeAnyValue(pick(kv, 'value').value, join(at, 'value'), depth) };
  }
  return out;
}

/** OTLP `AnyValue`. An empty value (`{}`, null) reads as the empty string. */
export function decodeAnyValue(raw: unknown, path: string, depth = 0): AttributeValue {
  if (raw === undefined || raw === null) return EMPTY;
  if (!isRecord(raw)) throw new DecodeError(`expected an attribute value object, found ${describe(raw)}`, path);
  if (depth > MAX_DEPTH) throw new DecodeError(`attribute value nested deeper than ${MAX_DEPTH} levels`, path);

  let f = pick(raw, 'stringValue');
  if (f.value !== undefined && f.value !== null) {
    if (typeof f.value !== 'string') throw wrong('a string', f.value, join(path, f.key));
    return { type: 'string', value: f.value };
  }
  f = pick(raw, 'boolValue');
  if (f.value !== undefined && f.value !== null) {
    if (typeof f.value === 'boolean') return { type: 'bool', value: f.value };
    if (f.value === 'true' || f.value === 'false') return { type: 'bool', value: f.value === 'true' };
    throw wrong('a boolean', f.value, join(path, f.key));
  }
  f = pick(raw, 'intValue');
  if (f.value !== undefined && f.value !== null) {
    const v = typeof f.value === 'number' || typeof f.value === 'string' ? integerValue(f.value) : undefined;
    if (v === undefined) throw wrong('an integer', f.value, join(path, f.key));
    return { type: 'int', value: v };
  }
  f = pick(raw, 'doubleValue');
  if (f.value !== undefined && f.value !== null) {
    const v = doubleOf(f.value);
    if (v === undefined) throw wrong('a number', f.value, join(path, f.key));
    return { type: 'double', value: v };
  }
  f = pick(raw, 'bytesValue');
  if (f.value !== undefined && f.value !== null) {
    if (typeof f.value !== 'string') throw wrong('base64 text', f.value, join(path, f.key));
    return { type: 'bytes', value: f.value };
  }
  f = pick(raw, 'arrayValue');
  if (f.value !== undefined && f.value !== null) {
    const values = listOf(f.value, join(path, f.key));
    const out = new Array<AttributeValue>(values.length);
    for (let i = 0; i < values.length; i++) out[i] = decodeAnyValue(values[i], join(join(path, f.key), `values[${i}]`), depth + 1);
    return { type: 'array', value: out };
  }
  f = pick(raw, 'kvlistValue');
  if (f.value !== undefined && f.value !== null) {
    const at = join(path, f.key);
    listOf(f.value, at);
    return { type: 'map', value: decodeAttributes((f.value as Record<string, unknown>).values, join(at, 'values'), depth + 1) };
  }
  return EMPTY;
}

/** `{values: [...]}` of an ArrayValue / KeyValueList; absent values = []. */
export function listOf(raw: unknown, path: string): readonly unknown[] {
  if (!isRecord(raw)) throw wrong('an object {values: [...]}', raw, path);
  const values = raw.values;
  if (values === undefined || values === null) return [];
  if (!Array.isArray(values)) throw wrong('a list', values, join(path, 'values'));
  return values;
}

// The protobuf JSON mapping writes non-finite doubles as strings.
export function doubleOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (s === 'NaN') return NaN;
  if (s === 'Infinity') return Infinity;
  if (s === '-Infinity') return -Infinity;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  return Number(s);
}

function wrong(expected: string, found: unknown, path: string): DecodeError {
  return new DecodeError(`expected ${expected}, found ${describe(found)}`, path);
}
