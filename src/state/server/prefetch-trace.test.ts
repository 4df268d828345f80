import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { AppConfig, SourceConfig } from '../../adapters/config';
import { configuredAdapters } from './configured-adapters';
import { prefetchTraceOfAddress } from './prefetch-trace';
import { queryKeys } from './query-keys';

const source = (id: string): SourceConfig =>
  ({ id, name: id, type: 'demo', url: '', headers: {}, timeoutMs: 1000 }) as unknown as SourceConfig;
const config = (routing: 'history' | 'hash' = 'history'): AppConfig =>
  ({ sources: [source('demo')], defaultSource: 'demo', routing }) as unknown as AppConfig;

describe('prefetchTraceOfAddress', () => {
  it('starts the trace query of a trace page, with the adapter the app will use', async () => {
    const cfg = config();
    const client = new QueryClient();
    const adapter = configuredAdapters(cfg).get('demo')!;
    const trace = vi.spyOn(adapter, 'trace');
    const started = prefetchTraceOfAddress(cfg, client, { pathname: '/base/trace/abc', search: '?source=demo', hash: '' }, '/base');
    expect(started).toBe(true);
    expect(trace).toHaveBeenCalledWith('00000000000000000000000000000abc', expect.anything(), expect.any(Function));
    const key = queryKeys.trace('demo', '00000000000000000000000000000abc');
    expect(client.getQueryState(key)).toBeDefined();
  });

  it('does nothing for other pages or unknown sources', () => {
    const cfg = config('hash');
    const client = new QueryClient();
    expect(prefetchTraceOfAddress(cfg, client, { pathname: '/', search: '', hash: '#/search?source=demo' }, '')).toBe(false);
    expect(prefetchTraceOfAddress(cfg, client, { pathname: '/', search: '', hash: '#/trace/abc?source=nope' }, '')).toBe(false);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });

  it('shares one adapter per source and config', () => {
    const cfg = config();
    expect(configuredAdapters(cfg).get('demo')).toBe(configuredAdapters(cfg).get('demo'));
  });
});
