import { useQuery } from '@tanstack/react-query';
import type { Trace } from '../../model/types';
import { useAdapter, useAppConfig } from './app-config';
import { useTraceLookup, type LookupAnswer } from './trace-lookup';
import { traceQueryOptions } from './trace-query';

export type TraceAnywhere =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown; readonly answers?: readonly LookupAnswer[] }
  | { readonly status: 'ready'; readonly trace: Trace; readonly sourceId: string };

/**
 * A trace from its source when the URL names one, else the first source
 * that has the trace (looked up everywhere at once, as `/trace/<id>` without a source does).
 */
export function useTraceAnywhere(traceId: string, sourceId: string | null): TraceAnywhere {
  const config = useAppConfig();
  const adapter = useAdapter(sourceId ?? config.defaultSource);
  const direct = useQuery({ ...traceQueryOptions(adapter, traceId), enabled: sourceId !== null });
  const lookup = useTraceLookup(traceId, sourceId === null);
  if (sourceId !== null) {
    if (direct.isSuccess) return { status: 'ready', trace: direct.data, sourceId };
    if (direct.isError) return { status: 'error', error: direct.error };
    return { status: 'loading' };
  }
  const first = lookup.found[0];
  if (first) return { status: 'ready', trace: first.trace, sourceId: first.sourceId };
  if (lookup.settled) {
    return { status: 'error', error: new Error(`Trace ${traceId} was not found in any source.`), answers: lookup.answers };
  }
  return { status: 'loading' };
}
