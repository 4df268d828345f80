import { normalizeTraceId } from '../../model/ids';
import type { Trace } from '../../model/types';
import type { SourceConfig } from '../config';
import type { Capabilities, SourceAdapter, TimeRange } from '../contract';
import { SourceError } from '../source-error';
import { deriveDependencies } from './demo-dependencies';
import { operationsOf, servicesOf, tagKeysOf, tagValuesOf } from './demo-catalog';
import { anchorFor, generateDemoDataset, type DemoDataset } from './demo-dataset';
import { searchTraces } from './demo-filter';

export const DEMO_CAPABILITIES: Capabilities = {
  search: true,
  operations: true,
  tagFilters: true,
  durationFilters: true,
  searchReturnsTraces: true,
  dependencies: true,
  tagAutocomplete: true,
  rawQuery: null,
};

export interface DemoAdapterOptions {
  /** Artificial latency per request, so loading states are real (default 150 ms). */
  readonly latencyMs?: number;
  /** The clock, in epoch ms (tests pin it). */
  readonly now?: () => number;
}

/**
 * Traces start 1–48 minutes before their anchor; regenerating (with a new anchor) after 10
 * minutes keeps them all inside a "last hour" search while trace objects stay the same
 * between requests most of the time.
 */
const REFRESH_AFTER_US = 10 * 60_000_000;

const sharedCache: { dataset: DemoDataset | null } = { dataset: null };

/**
 * The built-in demo source: realistic traces generated in the browser, no backend. Ids and
 * shapes never change; times follow the clock so the default "last hour" search always
 * finds them.
 */
export function createDemoAdapter(config: SourceConfig, options: DemoAdapterOptions = {}): SourceAdapter {
  const latencyMs = options.latencyMs ?? 150;
  const now = options.now ?? Date.now;
  // On the real clock every demo source of the page shares one dataset: two demo sources (a
  // "mirror" in config.json) then hold the very same spans, as two backends fed by the same
  // services would, even when their first requests fall in different minutes. A pinned clock
  // (tests) keeps its own.
  const cache: { dataset: DemoDataset | null } = options.now ? { dataset: null } : sharedCache;

  const dataset = (): DemoDataset => {
    const anchorUs = anchorFor(now());
    const cached = cache.dataset;
    const age = cached ? anchorUs - cached.anchorUs : Infinity;
    if (!cached || age < 0 || age >= REFRESH_AFTER_US) return (cache.dataset = generateDemoDataset(anchorUs));
    return cached;
  };

  /**
   * Answers after a network-like round trip, cancelled cleanly by the signal. The answer is
   * computed first and only the rest of the latency waited for, so the one-off generation
   * of the data hides inside the latency instead of adding to it.
   */
  const respond = async <T>(what: string, signal: AbortSignal | undefined, answer: () => T): Promise<T> => {
    if (signal?.aborted) throw cancelled(what);
    const startedMs = performance.now();
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: answer() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    await pause(latencyMs - (performance.now() - startedMs), signal, what);
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  };

  return {
    config,
    capabilities: DEMO_CAPABILITIES,
    services: (signal) => respond('services', signal, () => servicesOf(dataset().traces)),
    operations: (service, signal) => respond('operations', signal, () => operationsOf(dataset().traces, service)),
    search: (query, signal) => respond('search', signal, () => searchTraces(dataset().traces, query)),
    trace: (traceId, signal) => respond(`trace ${traceId}`, signal, () => findTrace(dataset(), traceId)),
    dependencies: (range: TimeRange, signal) =>
      respond('dependencies', signal, () =>
        deriveDependencies(dataset().traces.filter((t) => t.startUs <= range.endUs && t.endUs >= range.startUs)),
      ),
    tagKeys: (signal) => respond('tag keys', signal, () => tagKeysOf(dataset().traces)),
    tagValues: (key, signal) => respond('tag values', signal, () => tagValuesOf(dataset().traces, key)),
  };
}

function findTrace(data: DemoDataset, rawId: string): Trace {
  const id = normalizeTraceId(rawId);
  if (id === null) {
    throw new SourceError('bad-request', `"${rawId}" is not a trace id.`, {
      hint: 'A trace id is up to 32 hexadecimal digits.',
    });
  }
  const trace = data.byId.get(id);
  if (!trace) {
    throw new SourceError('not-found', `Trace ${id} is not in the demo data.`, {
      hint: 'The demo source only holds its built-in traces; search to list them.',
    });
  }
  return trace;
}

const cancelled = (what: string) => new SourceError('aborted', `Demo request (${what}) was cancelled.`);

function pause(ms: number, signal: AbortSignal | undefined, what: string): Promise<void> {
  const aborted = () => cancelled(what);
  if (signal?.aborted) return Promise.reject(aborted());
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
