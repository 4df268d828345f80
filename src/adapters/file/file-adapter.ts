import { attr, attrText } from '../../model/attributes';
import type { Operation, SearchQuery, SearchResult, TraceSummary } from '../../model/search-types';
import { summarizeTrace } from '../../model/summarize';
import { nextPaint } from '../../lib/next-paint';
import { DecodeError } from '../../model/span-input';
import type { TracePreview } from '../../model/trace-preview';
import type { Trace } from '../../model/types';
import type { SourceConfig } from '../config';
import type { Capabilities, OnLoadProgress, SourceAdapter } from '../contract';
import { SourceError } from '../source-error';

/** A file holding one big trace being decoded: its first rows are shown meanwhile. */
export interface FileTraceOpening {
  readonly traceId: string;
  readonly preview: TracePreview;
  /** Decodes the file (once: later calls get the first call's promise). */
  readonly finish: () => Promise<Trace>;
}

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

/** The trace of a file being opened, decoded; a file that turns out unreadable is a 'bad-payload'. */
async function decodedTrace(name: string, opening: FileTraceOpening): Promise<Trace> {
  try {
    return await opening.finish();
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    // decodeFile's messages start with the file's name.
    const what = e.message.startsWith(`${name}: `) ? e.message.slice(name.length + 2) : e.message;
    throw new SourceError('bad-payload', `Could not read ${name}: ${what}`, {
      hint: 'Check that the file is a complete trace export (OTLP JSON, Jaeger JSON or Zipkin JSON).',
    });
  }
}

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
export function createFileAdapter(name: string, traces: readonly Trace[], opening?: FileTraceOpening): SourceAdapter {
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
  // A file still being opened holds one trace: lists and searches wait for it.
  const allTraces = async (): Promise<readonly Trace[]> => (opening ? [await decodedTrace(name, opening)] : traces);
  let summaries: Promise<readonly TraceSummary[]> | null = null;
  const allSummaries = () =>
    (summaries ??= allTraces().then((all) => all.map((t) => ({ ...summarizeTrace(t), trace: t }))));

  return {
    config,
    capabilities: FILE_CAPABILITIES,
    async services() {
      const names = new Set<string>();
      for (const t of await allTraces()) for (const s of t.services) names.add(s.name);
      return [...names].sort();
    },
    async operations(service: string): Promise<Operation[]> {
      const names = new Set<string>();
      for (const t of await allTraces()) {
        for (const s of t.spans) if (s.service === service) names.add(s.name);
      }
      return [...names].sort().map((n) => ({ name: n }));
    },
    async search(query: SearchQuery): Promise<SearchResult> {
      const found = (await allSummaries()).filter((s) => s.trace && matches(s.trace, query));
      const notes = ['The time range is ignored for files: every trace in the file is searched.'];
      if (found.length > query.limit) {
        notes.push(`Showing ${query.limit} of ${found.length} matching traces (raise the limit).`);
      }
      return { summaries: found.slice(0, query.limit), notes };
    },
    async trace(traceId: string, _signal?: AbortSignal, onProgress?: OnLoadProgress): Promise<Trace> {
      const id = traceId.toLowerCase();
      if (opening && (id === opening.traceId || id.padStart(32, '0') === opening.traceId)) {
        if (onProgress) {
          onProgress({ phase: 'opening', preview: opening.preview });
          await nextPaint();
        }
        return decodedTrace(name, opening);
      }
      const trace = byId.get(id) ?? byId.get(id.padStart(32, '0'));
      if (!trace) {
        throw new SourceError('not-found', `Trace ${traceId} is not in the file ${name}.`, {
          hint: `The file holds ${traces.length} trace(s); open the file's trace list to pick one.`,
        });
      }
      return trace;
    },
  };
}

