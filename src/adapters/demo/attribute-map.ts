import type { Attribute, AttributeValue } from '../../model/types';

/** Plain values the scenarios write; converted to the model's typed attributes. */
export type PlainValue = string | number | boolean | readonly string[];
export type PlainAttributes = Readonly<Record<string, PlainValue | undefined>>;

function toValue(value: PlainValue): AttributeValue {
  if (typeof value === 'string') return { type: 'string', value };
  if (typeof value === 'boolean') return { type: 'bool', value };
  if (typeof value === 'number') {
    return Number.isInteger(value) ? { type: 'int', value } : { type: 'double', value };
  }
  return { type: 'array', value: value.map((v) => ({ type: 'string', value: v })) };
}

/** Keeps insertion order; `undefined` entries are skipped so scenarios can write optional keys inline. */
export function toAttributes(plain: PlainAttributes): Attribute[] {
  const out: Attribute[] = [];
  for (const [key, value] of Object.entries(plain)) {
    if (value !== undefined) out.push({ key, value: toValue(value) });
  }
  return out;
}
