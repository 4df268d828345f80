import { attr, attrText } from '../../model/attributes';
import type { Operation, SearchQuery, SearchResult, TraceSummary } from '../../model/search-types';
import { summarizeTrace } from '../../model/summarize';
import type { Trace } from '../../model/types';
import type { SourceConfig } from '../config';
import type { Capabilities, SourceAdapter } from '../contract';
import { SourceError } from '../source-error';

const FILE_CAPABILITIES: Capabilities = {
  search: true,
  operations: true,
  tagFilters: true,
  durationFilters: true,
  searchReturnsTraces: true,
  dependencies: false,
  tagAutocomplete: false,
  rawQuery: null,
};

/** Does any span of the trace match service, operation and every tag of the query? */
function matches(trace: Trace, query: SearchQuery): boolean {
  if (query.minDurationUs !== undefined && trace.durationUs < query.minDurationUs) return false;
  if (query.maxDurationUs !== undefined && trace.durationUs > query.maxDurationUs) return false;
  const needsSpan = query.service || query.operation || query.tags.length > 0;
  if (!needsSpan) return true;
  return trace.spans.some((span) => {
    if (query.service && span.service !== query.service) return false;
    if (query.operation && span.name !== query.operation) return false;
    return query.tags.every(([key, want]) => {
      const value = attr(span, key) ?? attr(span.resource, key);
      return value !== undefined && attrText(value) === want;
    });
  });
}

/**
 * A source over the traces of one opened file, so a file opens like any trace
 * (`/trace/<id>?source=file:<name>`) and several traces open as a search result.
 * Files are usually old: the time range of a query is ignored (and said so).
 */
export function createFileAdapter(name: string, traces: readonly Trace[]): SourceAdapter {
  const config: SourceConfig = {
    id: `file:${name}`,
    name,
    // In memory like the demo source; SourceType has no 'file' member.
    type: 'demo',
    url: '',
    headers: {},
    timeoutMs: 0,
  };
  const byId = new Map(traces.map((t) => [t.traceId, t]));
  let summaries: readonly TraceSummary[] | null = null;
  const allSummaries = () =>
    (summaries ??= traces.map((t) => ({ ...summarizeTrace(t), trace: t })));

  return {
    config,
    capabilities: FILE_CAPABILITIES,
    async services() {
      const names = new Set<string>();
      for (const t of traces) for (const s of t.services) names.add(s.name);
      return [...names].sort();
    },
    async operations(service: string): Promise<Operation[]> {
      const names = new Set<string>();
      for (const t of traces) {
        for (const s of t.spans) if (s.service === service) names.add(s.name);
      }
      return [...names].sort().map((n) => ({ name: n }));
    },
    async search(query: SearchQuery): Promise<SearchResult> {
      const found = allSummaries().filter((s) => s.trace && matches(s.trace, query));
      const notes = ['The time range is ignored for files: every trace in the file is searched.'];
      if (found.length > query.limit) {
        notes.push(`Showing ${query.limit} of ${found.length} matching traces (raise the limit).`);
      }
      return { summaries: found.slice(0, query.limit), notes };
    },
    async trace(traceId: string): Promise<Trace> {
      const trace = byId.get(traceId.toLowerCase()) ?? byId.get(traceId.toLowerCase().padStart(32, '0'));
      if (!trace) {
        throw new SourceError('not-found', `Trace ${traceId} is not in the file ${name}.`, {
          hint: `The file holds ${traces.length} trace(s); open the file's trace list to pick one.`,
        });
      }
      return trace;
    },
  };
}

