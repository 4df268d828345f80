import type { Trace } from './types';

/**
 * The index of the span with this uid, or null. `likely`: an index the caller expects it at
 * (the span it selected itself), checked first: `trace.byUid` is built on its first use, 100k
 * Map entries for a big trace, which a click on a row should not pay for.
 */
export function spanIndexOfUid(trace: Trace, uid: string, likely: number | null = null): number | null {
  if (likely !== null && trace.spans[likely]?.uid === uid) return likely;
  return trace.byUid.get(uid) ?? null;
}
