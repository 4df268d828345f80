// Whole traces from a search or trace-by-id response → the model, and search summaries
// for backends whose search returns whole traces (Jaeger, Zipkin).
import { buildTraces } from '../../model/build-trace';
import { normalizeTraceId, ZERO_TRACE_ID } from '../../model/ids';
import type { SearchResult, TraceSummary } from '../../model/search-types';
import type { DecodedPayload } from '../../model/span-input';
import type { LaidOutTrace } from '../../model/trace-layout';
import { summarizeTrace } from '../../model/summarize';
import type { Trace } from '../../model/types';
import { SourceError } from '../source-error';

/** Summaries with their traces attached, most recent first (as Jaeger UI lists them). */
export function summariesWithTraces(payload: DecodedPayload): TraceSummary[] {
  return buildTraces(payload)
    .map((trace): TraceSummary => ({ ...summarizeTrace(trace), trace }))
    .sort((a, b) => b.startUs - a.startUs || a.traceId.localeCompare(b.traceId));
}

export function searchResult(summaries: readonly TraceSummary[], limit: number, extraNotes: readonly string[] = []): SearchResult {
  const notes = [...extraNotes];
  if (limit > 0 && summaries.length >= limit) {
    notes.push(`Showing the first ${limit} traces (the limit); narrow the search or raise the limit to see more.`);
  }
  return { summaries, notes };
}

/**
 * The trace with `traceId` in a decoded trace-by-id response; 'not-found' when absent.
 * `laidOut`: its layout, when a preview made it already (see offer-preview.ts).
 */
export function pickTrace(
  payload: DecodedPayload,
  traceId: string,
  sourceName: string,
  url: string,
  laidOut?: LaidOutTrace,
): Trace {
  const traces = buildTraces(payload, laidOut).filter((t) => t.spans.length > 0);
  const match = traces.find((t) => t.traceId === traceId) ?? traces[0];
  if (!match) throw traceNotFound(traceId, sourceName, url);
  return match;
}

/** `cause` is the HTTP 404 behind it, if any (its status and body are kept). */
export function traceNotFound(traceId: string, sourceName: string, url: string, cause?: SourceError): SourceError {
  const { status, body } = cause?.details ?? {};
  return new SourceError('not-found', `Trace ${traceId} not found in ${sourceName}.`, {
    url,
    ...(status !== undefined ? { status } : {}),
    ...(body !== undefined ? { body } : {}),
    hint: 'The trace may be older than the backend keeps data, not yet written (Tempo: ~30 s), or from another source.',
  });
}

/** Pads a trace id typed by a person to 32 lower hex chars, or throws 'bad-request'. */
export function requireTraceId(raw: string): string {
  const id = normalizeTraceId(raw);
  if (id === null || id === ZERO_TRACE_ID) {
    throw new SourceError('bad-request', `"${raw.slice(0, 80)}" is not a trace id.`, {
      hint: 'A trace id is up to 32 hexadecimal characters (0-9, a-f).',
    });
  }
  return id;
}
