import type { AttributeInterner } from '../../model/attribute-interner';
import type { Attribute, AttributeValue } from '../../model/types';
import { integerValue } from '../shared/decode-helpers';
import { isPlainRecord } from '../shared/plain-reads';
import { doubleOf, EMPTY, listOf, MAX_DEPTH } from './any-value';
import { UNUSUAL } from './fast-path-guard';

// any-value.ts's decodeAttributes / decodeAnyValue, step for step, without error paths
// (their cost was a string join and a {value, key} object per field). A camelCase field
// falls back to its snake_case name exactly as `get` does: only when the camelCase one is
// absent (undefined), not when it is null. Anything that would be an
// error throws UNUSUAL instead (see fast-path-guard.ts).

/** Shared by every span and event without attributes. */
const NO_ATTRIBUTES: readonly Attribute[] = Object.freeze([]);

/**
 * `decodeAttributes(raw, path, depth)` when that does not throw. With an interner, equal
 * string and integer attributes share one object (equal by value to what it would have made).
 */
export function attributesFast(raw: unknown, depth: number, interner?: AttributeInterner): readonly Attribute[] {
  if (raw === undefined || raw === null) return NO_ATTRIBUTES;
  if (!Array.isArray(raw)) throw UNUSUAL;
  if (raw.length === 0) return NO_ATTRIBUTES;
  const out: Attribute[] = new Array<Attribute>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const kv: unknown = raw[i];
    if (!isPlainRecord(kv)) throw UNUSUAL;
    const key = kv.key;
    if (typeof key !== 'string') throw UNUSUAL;
    out[i] = interner ? internedAttribute(key, kv.value, depth, interner) : { key, value: anyValueFast(kv.value, depth) };
  }
  return out;
}

function internedAttribute(key: string, raw: unknown, depth: number, interner: AttributeInterner): Attribute {
  // The common shape read without making a value first; anything else as anyValueFast reads it.
  if (isPlainRecord(raw) && typeof raw.stringValue === 'string') return interner.string(key, raw.stringValue);
  return interner.attribute(key, anyValueFast(raw, depth));
}

/** `decodeAnyValue(raw, path, depth)` when that does not throw. */
export function anyValueFast(raw: unknown, depth: number): AttributeValue {
  if (raw === undefined || raw === null) return EMPTY;
  if (!isPlainRecord(raw) || depth > MAX_DEPTH) throw UNUSUAL;

  let v = raw.stringValue;
  if (v === undefined) v = raw.string_value;
  if (v !== undefined && v !== null) {
    if (typeof v !== 'string') throw UNUSUAL;
    return { type: 'string', value: v };
  }
  v = raw.boolValue;
  if (v === undefined) v = raw.bool_value;
  if (v !== undefined && v !== null) {
    if (typeof v === 'boolean') return { type: 'bool', value: v };
    if (v === 'true' || v === 'false') return { type: 'bool', value: v === 'true' };
    throw UNUSUAL;
  }
  v = raw.intValue;
  if (v === undefined) v = raw.int_value;
  if (v !== undefined && v !== null) {
    const n = typeof v === 'number' || typeof v === 'string' ? integerValue(v) : undefined;
    if (n === undefined) throw UNUSUAL;
    return { type: 'int', value: n };
  }
  v = raw.doubleValue;
  if (v === undefined) v = raw.double_value;
  if (v !== undefined && v !== null) {
    const n = doubleOf(v);
    if (n === undefined) throw UNUSUAL;
    return { type: 'double', value: n };
  }
  v = raw.bytesValue;
  if (v === undefined) v = raw.bytes_value;
  if (v !== undefined && v !== null) {
    if (typeof v !== 'string') throw UNUSUAL;
    return { type: 'bytes', value: v };
  }
  v = raw.arrayValue;
  if (v === undefined) v = raw.array_value;
  if (v !== undefined && v !== null) {
    const values = listOf(v, '');
    const out = new Array<AttributeValue>(values.length);
    for (let i = 0; i < values.length; i++) out[i] = anyValueFast(values[i], depth + 1);
    return { type: 'array', value: out };
  }
  v = raw.kvlistValue;
  if (v === undefined) v = raw.kvlist_value;
  if (v !== undefined && v !== null) {
    listOf(v, '');
    return { type: 'map', value: attributesFast((v as Record<string, unknown>).values, depth + 1) };
  }
  return EMPTY;
}
