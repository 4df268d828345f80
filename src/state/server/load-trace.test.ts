import { describe, expect, it } from 'vitest';
import type { SourceAdapter } from '../../adapters/contract';
import type { Trace } from '../../model/types';
import { loadTrace } from './load-trace';
import { progressText } from './progress-text';

const TRACE = { traceId: 'ab', spans: [] } as unknown as Trace;
const adapterOf = (type: 'demo' | 'jaeger'): SourceAdapter =>
  ({
    config: { id: type, name: type, type, url: type === 'demo' ? '' : 'backends/jaeger', headers: {}, timeoutMs: 1000 },
    trace: async () => TRACE,
  }) as unknown as SourceAdapter;

describe('loadTrace', () => {
  it('loads demo traces on the main thread', async () => {
    await expect(loadTrace(adapterOf('demo'), 'ab')).resolves.toBe(TRACE);
  });
  it('falls back to the main thread where there is no Worker (Node, old browsers)', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(loadTrace(adapterOf('jaeger'), 'ab')).resolves.toBe(TRACE);
  });
});

describe('progressText', () => {
  it('says what the loader does', () => {
    expect(progressText({ phase: 'downloading', bytes: 12_300_000, totalBytes: null })).toBe('Downloading 12 MB…');
    expect(progressText({ phase: 'downloading', bytes: 1_250_000, totalBytes: 55_700_000 })).toBe('Downloading 1.3 of 56 MB…');
    expect(progressText({ phase: 'decoding', bytes: 5_500_000 })).toBe('Decoding 5.5 MB…');
    expect(progressText({ phase: 'transferring', spans: 100_000 })).toBe('Opening 100,000 spans…');
  });
});
