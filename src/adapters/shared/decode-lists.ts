// Small response shapes shared by the backends: name lists and dependency links.
import type { DependencyLink } from '../../model/search-types';
import { DecodeError } from '../../model/span-input';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON array of strings (null/absent = empty), sorted and without duplicates. */
export function stringList(value: unknown, path: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new DecodeError('expected a list of names', path);
  const out = new Set<string>();
  value.forEach((v, i) => {
    if (typeof v !== 'string') throw new DecodeError('expected a string', `${path}[${i}]`);
    out.add(v);
  });
  return [...out].sort((a, b) => a.localeCompare(b));
}

/** `obj[key]` when `obj` is an object; throws when `json` is not an object at all. */
export function field(json: unknown, key: string, path = ''): unknown {
  if (!isRecord(json)) throw new DecodeError('expected a JSON object', path || '(root)');
  return json[key];
}

/**
 * `[{parent, child, callCount, errorCount?}]` (Jaeger `data`, Zipkin body). Links with the
 * same parent and child are summed.
 */
export function dependencyLinks(value: unknown, path: string): DependencyLink[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new DecodeError('expected a list of dependency links', path);
  const merged = new Map<string, { parent: string; child: string; callCount: number; errorCount: number }>();
  value.forEach((v, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(v)) throw new DecodeError('expected an object', at);
    const { parent, child } = v;
    if (typeof parent !== 'string') throw new DecodeError('expected a string', `${at}.parent`);
    if (typeof child !== 'string') throw new DecodeError('expected a string', `${at}.child`);
    const calls = count(v.callCount, `${at}.callCount`);
    const errors = count(v.errorCount, `${at}.errorCount`);
    const key = JSON.stringify([parent, child]);
    const prev = merged.get(key);
    if (prev) {
      prev.callCount += calls;
      prev.errorCount += errors;
    } else merged.set(key, { parent, child, callCount: calls, errorCount: errors });
  });
  return [...merged.values()].map(({ errorCount, ...rest }) =>
    errorCount > 0 ? { ...rest, errorCount } : rest,
  );
}

function count(v: unknown, path: string): number {
  if (v === undefined || v === null) return 0;
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) throw new DecodeError('expected a count', path);
  return n;
}
