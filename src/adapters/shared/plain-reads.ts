import type { JsonRecord } from './decode-helpers';

/**
 * Hot decoder loops read fields as plain properties (`tag.key`) instead of through `own`
 * (hasOwnProperty + keyed load, ~40 times per span). The two read the same value when the
 * object's prototype is Object.prototype or null and Object.prototype has no such field:
 * true of everything JSON.parse makes, checked here for everything else.
 */
export function isPlainRecord(value: unknown): value is JsonRecord {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** An array whose `map` makes a plain array (not a subclass). */
export function isPlainArray(value: unknown): value is unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;
}

/** False only if some code has put one of these names on Object.prototype. */
export function noneInherited(fields: readonly string[]): boolean {
  for (const field of fields) if (field in Object.prototype) return false;
  return true;
}
