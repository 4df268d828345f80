import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { SourceAdapter } from '../../adapters/contract';
import { SourceError } from '../../adapters/source-error';
import type { Trace } from '../../model/types';
import { queryKeys } from './query-keys';
import { traceQueryOptions } from './trace-query';

function fakeAdapter(trace: (id: string, signal?: AbortSignal) => Promise<Trace>): SourceAdapter & { calls: number } {
  const adapter = {
    calls: 0,
    config: { id: 'demo', name: 'Demo', type: 'demo', url: '', headers: {}, timeoutMs: 1000 },
    trace: (id: string, signal?: AbortSignal) => {
      adapter.calls++;
      return trace(id, signal);
    },
  };
  return adapter as unknown as SourceAdapter & { calls: number };
}

const TRACE = { traceId: 'ab', spans: [] } as unknown as Trace;

describe('traceQueryOptions', () => {
  it('keys the trace by source and id and never goes stale', () => {
    const options = traceQueryOptions(fakeAdapter(async () => TRACE), 'ab');
    expect(options.queryKey).toEqual(queryKeys.trace('demo', 'ab'));
    expect(options.staleTime).toBe(Infinity);
  });

  it('caches the decoded trace and passes the abort signal to the adapter', async () => {
    let seen: AbortSignal | undefined;
    const adapter = fakeAdapter(async (_id, signal) => {
      seen = signal;
      return TRACE;
    });
    const client = new QueryClient();
    expect(await client.fetchQuery(traceQueryOptions(adapter, 'ab'))).toBe(TRACE);
    expect(seen).toBeInstanceOf(AbortSignal);
    expect(await client.fetchQuery(traceQueryOptions(adapter, 'ab'))).toBe(TRACE);
    expect(adapter.calls).toBe(1);
  });

  it('does not retry a not-found trace', async () => {
    const adapter = fakeAdapter(async () => {
      throw new SourceError('not-found', 'no such trace');
    });
    const client = new QueryClient();
    await expect(client.fetchQuery(traceQueryOptions(adapter, 'ab'))).rejects.toMatchObject({ kind: 'not-found' });
    expect(adapter.calls).toBe(1);
  });

  it('retries a server error once', async () => {
    const adapter = fakeAdapter(async () => {
      throw new SourceError('server', 'boom');
    });
    const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
    await expect(client.fetchQuery(traceQueryOptions(adapter, 'ab'))).rejects.toMatchObject({ kind: 'server' });
    expect(adapter.calls).toBe(2);
  });
});
