/** Recent queries, per source, newest first: what people searched they search again. */
export const MAX_RECENT = 10;

/** The part of localStorage this needs (tests pass a Map-backed one). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const storageKey = (sourceId: string) => `tracescope.recent-queries.${sourceId}`;

export function loadRecent(storage: KeyValueStorage, sourceId: string): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(sourceId)) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((q): q is string => typeof q === 'string' && q.trim() !== '').slice(0, MAX_RECENT);
  } catch {
    return []; // a hand-edited or foreign value: start afresh rather than fail
  }
}

/** Puts `query` first (once), keeps the last 10, and returns the new list. */
export function rememberQuery(storage: KeyValueStorage, sourceId: string, query: string): string[] {
  const q = query.trim();
  const list = loadRecent(storage, sourceId);
  if (q === '') return list;
  const next = [q, ...list.filter((x) => x !== q)].slice(0, MAX_RECENT);
  try {
    storage.setItem(storageKey(sourceId), JSON.stringify(next));
  } catch {
    // Storage full or disabled (private mode): recents are a convenience, not a feature to fail on.
  }
  return next;
}
