import { describe, expect, it } from 'vitest';
import type { SourceAdapter } from '../../adapters/contract';
import { SourceError } from '../../adapters/source-error';
import { buildTrace } from '../../model/build-trace';
import { micros } from '../../lib/units';
import type { TraceSummary } from '../../model/search-types';
import type { Trace } from '../../model/types';
import { sampleTraces, TRACE_FETCH_CONCURRENCY, type SampleProgress } from './sample-traces';

const range = { startUs: micros(0), endUs: micros(10) };

function trace(id: string): Trace {
  return buildTrace(id, [], 'demo');
}

function summary(id: string, withTrace: boolean): TraceSummary {
  return {
    traceId: id,
    rootService: 's',
    rootName: 'n',
    startUs: micros(0),
    durationUs: micros(1),
    spanCount: 0,
    errorCount: 0,
    services: [],
    ...(withTrace ? { trace: trace(id) } : {}),
  };
}

/** A search answering `ids`; traces fetched one by one, counting how many run at once. */
function fakeAdapter(ids: string[], withTraces: boolean, failing = new Set<string>()) {
  let running = 0;
  const stats = { maxRunning: 0, fetched: [] as string[], limit: 0 };
  const adapter = {
    config: { type: 'tempo' },
    search: async (q: { limit: number }) => {
      stats.limit = q.limit;
      return { summaries: ids.map((id) => summary(id, withTraces)), notes: [] };
    },
    trace: async (id: string, signal?: AbortSignal) => {
      running++;
      stats.maxRunning = Math.max(stats.maxRunning, running);
      await new Promise((r) => setTimeout(r, 1));
      running--;
      if (signal?.aborted) throw new SourceError('aborted', 'cancelled');
      if (failing.has(id)) throw new SourceError('not-found', 'gone');
      stats.fetched.push(id);
      return trace(id);
    },
  } as unknown as SourceAdapter;
  return { adapter, stats };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => i.toString(16).padStart(32, '0'));

describe('sampleTraces', () => {
  it('takes whole traces from the search answer without fetching', async () => {
    const { adapter, stats } = fakeAdapter(ids(5), true);
    const out = await sampleTraces(adapter, range, 50, new AbortController().signal, () => {});
    expect(out.traces).toHaveLength(5);
    expect(stats.fetched).toHaveLength(0);
    expect(stats.limit).toBe(50);
  });

  it('fetches summaries-only answers one by one with limited concurrency, reporting progress', async () => {
    const { adapter, stats } = fakeAdapter(ids(12), false);
    const seen: SampleProgress[] = [];
    const out = await sampleTraces(adapter, range, 100, new AbortController().signal, (p) => seen.push(p));
    expect(out.traces).toHaveLength(12);
    expect(stats.maxRunning).toBe(TRACE_FETCH_CONCURRENCY);
    expect(seen[0]).toEqual({ fetched: 0, total: 0, phase: 'searching' });
    expect(seen.at(-1)).toEqual({ fetched: 12, total: 12, phase: 'fetching' });
  });

  it('skips and counts traces that fail to load', async () => {
    const all = ids(4);
    const { adapter } = fakeAdapter(all, false, new Set([all[1]!]));
    const out = await sampleTraces(adapter, range, 100, new AbortController().signal, () => {});
    expect(out.traces).toHaveLength(3);
    expect(out.failed).toBe(1);
  });

  it('searches Jaeger service by service (its search needs one), sharing the sample', async () => {
    const asked: { service?: string; limit: number }[] = [];
    const adapter = {
      config: { type: 'jaeger' },
      services: async () => ['a', 'b', 'c'],
      search: async (q: { service?: string; limit: number }) => {
        asked.push(q);
        // Trace "shared" turns up under every service: sampled once.
        return { summaries: [summary(`${q.service}1`.padStart(32, '0'), true), summary('shared'.padStart(32, '0'), true)], notes: [] };
      },
    } as unknown as SourceAdapter;
    const out = await sampleTraces(adapter, range, 6, new AbortController().signal, () => {});
    expect(asked.map((q) => [q.service, q.limit])).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 2],
    ]);
    expect(out.traces).toHaveLength(4);
  });

  it('stops when cancelled', async () => {
    const { adapter, stats } = fakeAdapter(ids(40), false);
    const controller = new AbortController();
    const run = sampleTraces(adapter, range, 100, controller.signal, (p) => {
      if (p.fetched >= 4) controller.abort();
    });
    await expect(run).rejects.toMatchObject({ kind: 'aborted' });
    expect(stats.fetched.length).toBeLessThan(40);
  });
});
