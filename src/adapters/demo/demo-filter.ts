import { attr, attrText, isErrorSpan } from '../../model/attributes';
import type { SearchQuery, SearchResult } from '../../model/search-types';
import { summarizeTrace } from '../../model/summarize';
import type { Span, Trace } from '../../model/types';

const DEFAULT_LIMIT = 20;

/**
 * Jaeger's semantics: a trace matches when ONE of its spans has the service, the
 * operation and every tag (span attributes, then resource attributes, as Jaeger's process
 * tags); `error=true` means "an error span", `span.kind=client` the span's kind. Durations
 * are the whole trace's; the time range applies to the trace's start.
 */
export function traceMatches(trace: Trace, query: SearchQuery): boolean {
  if (trace.startUs < query.startUs || trace.startUs > query.endUs) return false;
  if (query.minDurationUs !== undefined && trace.durationUs < query.minDurationUs) return false;
  if (query.maxDurationUs !== undefined && trace.durationUs > query.maxDurationUs) return false;
  if (!query.service && !query.operation && query.tags.length === 0) return true;
  return trace.spans.some((span) => spanMatches(span, query));
}

function spanMatches(span: Span, query: SearchQuery): boolean {
  if (query.service && span.service !== query.service) return false;
  if (query.operation && span.name !== query.operation) return false;
  return query.tags.every(([key, value]) => tagMatches(span, key, value));
}

function tagMatches(span: Span, key: string, expected: string): boolean {
  if (key === 'error') return String(isErrorSpan(span)) === expected.trim().toLowerCase();
  if (key === 'span.kind') return span.kind === expected;
  const value = attr(span, key) ?? attr(span.resource, key);
  return value !== undefined && attrText(value) === expected;
}

/** Filters in the browser, newest first, cut at the limit; summaries carry the whole trace. */
export function searchTraces(traces: readonly Trace[], query: SearchQuery): SearchResult {
  const limit = Number.isFinite(query.limit) && query.limit > 0 ? Math.floor(query.limit) : DEFAULT_LIMIT;
  const matching = traces.filter((t) => traceMatches(t, query)).sort((a, b) => b.startUs - a.startUs);
  const notes = ['Demo data, generated and filtered in the browser.'];
  if (query.raw?.trim()) notes.push('The demo source has no query language: the raw query was ignored.');
  if (matching.length > limit) notes.push(`Showing the ${limit} newest of ${matching.length} matching traces.`);
  return { summaries: matching.slice(0, limit).map(summarizeTrace), notes };
}
