import { mergeTraces, type SourcedTrace } from '../../model/merge-traces';
import type { SourceConfig } from '../config';
import type { Capabilities, SourceAdapter } from '../contract';
import { SourceError, isSourceError } from '../source-error';

/** Joins source ids into the id of their merged view (`?source=tempo,zipkin`). */
export const MERGED_SEPARATOR = ',';
export const isMergedSourceId = (sourceId: string): boolean => sourceId.includes(MERGED_SEPARATOR);
export const mergedSourceId = (ids: readonly string[]): string => ids.join(MERGED_SEPARATOR);
export const partsOfMergedSourceId = (sourceId: string): string[] =>
  [...new Set(sourceId.split(MERGED_SEPARATOR).map((s) => s.trim()).filter(Boolean))];

const TRACE_ONLY: Capabilities = {
  search: false,
  operations: false,
  tagFilters: false,
  durationFilters: false,
  searchReturnsTraces: false,
  dependencies: false,
  tagAutocomplete: false,
  rawQuery: null,
};

/**
 * A read-only source standing for several: `trace(id)` asks every part at once and merges
 * what they have (mergeTraces: spans tagged with their source, duplicates removed). Parts
 * that fail or lack the trace are left out and named in a trace warning; when none has it,
 * the error lists each part's answer. Search and the rest are not offered.
 */
export function createMergedAdapter(id: string, parts: readonly SourceAdapter[]): SourceAdapter {
  const names = parts.map((p) => p.config.name).join(' + ');
  const config: SourceConfig = { id, name: names, type: parts[0]?.config.type ?? 'demo', url: '', headers: {}, timeoutMs: 0 };
  const unsupported = (): Promise<never> =>
    Promise.reject(
      new SourceError('bad-request', `"${names}" is a merged view of one trace; it cannot search.`, {
        hint: 'Pick one source to search.',
      }),
    );
  return {
    config,
    capabilities: TRACE_ONLY,
    services: unsupported,
    operations: unsupported,
    search: unsupported,
    async trace(traceId, signal) {
      const answers = await Promise.allSettled(parts.map((p) => p.trace(traceId, signal)));
      if (signal?.aborted) throw new SourceError('aborted', `Loading trace ${traceId} was cancelled.`);
      const found: SourcedTrace[] = [];
      const missing: string[] = [];
      answers.forEach((answer, k) => {
        const part = parts[k]!;
        if (answer.status === 'fulfilled') found.push({ sourceId: part.config.id, trace: answer.value });
        else missing.push(`${part.config.name}: ${describeFailure(answer.reason)}`);
      });
      if (found.length === 0) {
        throw new SourceError('not-found', `Trace ${traceId} is in none of ${names}.`, { hint: missing.join('; ') });
      }
      const merged = mergeTraces(found);
      if (missing.length === 0) return merged;
      return {
        ...merged,
        warnings: [
          { kind: 'source-warning', message: `Merged without ${missing.join('; ')}.`, spanIndices: [] },
          ...merged.warnings,
        ],
      };
    },
  };
}

/** A short answer per source: "not found", "unreachable", … */
export function describeFailure(error: unknown): string {
  if (isSourceError(error)) return error.kind === 'not-found' ? 'not found' : `${error.kind} (${error.message})`;
  return error instanceof Error ? error.message : String(error);
}
