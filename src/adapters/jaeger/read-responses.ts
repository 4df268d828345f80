// Jaeger's small responses (names, operations) and the "nothing found" shapes of both APIs.
import type { Operation } from '../../model/search-types';
import { DecodeError } from '../../model/span-input';
import { field, stringList } from '../shared/decode-lists';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `/api/v3/services`: `{"services": [...]}`, or `{}` when there are none. */
export const readV3Services = (json: unknown): string[] => stringList(field(json, 'services'), 'services');

/** `/api/services`: `{"data": [...]}`. */
export const readLegacyNames = (json: unknown): string[] => stringList(field(json, 'data'), 'data');

/**
 * `{"operations": [{name, spanKind}]}` (v3) or `{"data": [{name, spanKind}]}` (/api/operations).
 * One entry per name, sorted; the kind is kept only when every entry of that name agrees.
 */
export function readOperationObjects(list: unknown, path: string): Operation[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new DecodeError('expected a list of operations', path);
  const kinds = new Map<string, string | undefined>();
  list.forEach((op, i) => {
    if (!isRecord(op) || typeof op.name !== 'string') {
      throw new DecodeError('expected an operation {name, spanKind}', `${path}[${i}]`);
    }
    const kind = typeof op.spanKind === 'string' && op.spanKind !== '' ? op.spanKind : undefined;
    kinds.set(op.name, kinds.has(op.name) && kinds.get(op.name) !== kind ? undefined : kind);
  });
  return [...kinds.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, kind]) => (kind ? { name, kind } : { name }));
}

/** `/api/services/{s}/operations`: `{"data": [names] | null}`. */
export const readLegacyOperationNames = (json: unknown): Operation[] =>
  readLegacyNames(json).map((name) => ({ name }));

/** `{}` or `{"result": {}}`: an /api/v3 search or trace answer without spans. */
export function isEmptyV3Result(json: unknown): boolean {
  if (!isRecord(json)) return false;
  const result = json.result;
  if (result === undefined || result === null) return true;
  if (!isRecord(result)) return false;
  const rs = result.resourceSpans ?? result.resource_spans;
  return rs === undefined || rs === null || (Array.isArray(rs) && rs.length === 0);
}

/** `{"data": null | []}`: an /api/traces search answer without traces. */
export function isEmptyLegacyResult(json: unknown): boolean {
  if (!isRecord(json)) return false;
  return json.data === null || json.data === undefined || (Array.isArray(json.data) && json.data.length === 0);
}

/**
 * A 404 from /api/v3 itself ("No traces found" in its `{"error": {...}}` envelope) as opposed
 * to a 404 because the route does not exist (an old server's plain `404 page not found`).
 */
export function isV3Envelope(body: string | undefined): boolean {
  if (!body || !body.trim().startsWith('{')) return false;
  try {
    const json: unknown = JSON.parse(body);
    return isRecord(json) && isRecord(json.error);
  } catch {
    return false;
  }
}

export const saysNoTracesFound = (body: string | undefined): boolean => /no traces found/i.test(body ?? '');
