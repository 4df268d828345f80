// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OnLoadProgress, SourceAdapter } from '../../adapters/contract';
import { micros } from '../../lib/units';
import type { TracePreview } from '../../model/trace-preview';
import type { Trace } from '../../model/types';
import { useTraceLoadProgress } from './trace-load-progress';
import { loadTrace } from './load-trace';
import { progressText } from './progress-text';

const TRACE = { traceId: 'ab', spans: [] } as unknown as Trace;
const PREVIEW: TracePreview = { traceId: 'ab', spanCount: 1, startUs: micros(0), endUs: micros(1), maxDepth: 0, rows: [] };
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
  it('says "opening" once loaded, but keeps a preview of the first rows until the page shows the trace', async () => {
    const progressOf = () => renderHook(() => useTraceLoadProgress('jaeger', 'ab')).result.current;
    await loadTrace(adapterOf('jaeger'), 'ab');
    expect(progressOf()).toEqual({ phase: 'transferring', spans: 0 });
    const previewing = {
      ...adapterOf('jaeger'),
      trace: async (_id: string, _signal?: AbortSignal, onProgress?: OnLoadProgress) => {
        onProgress?.({ phase: 'opening', preview: PREVIEW });
        return TRACE;
      },
    } as SourceAdapter;
    await loadTrace(previewing, 'ab');
    expect(progressOf()).toEqual({ phase: 'opening', preview: PREVIEW });
  });
});

describe('progressText', () => {
  it('says what the loader does', () => {
    expect(progressText({ phase: 'downloading', bytes: 12_300_000, totalBytes: null })).toBe('Downloading 12 MB…');
    expect(progressText({ phase: 'downloading', bytes: 1_250_000, totalBytes: 55_700_000 })).toBe('Downloading 1.3 of 56 MB…');
    expect(progressText({ phase: 'decoding', bytes: 5_500_000 })).toBe('Decoding 5.5 MB…');
    expect(progressText({ phase: 'transferring', spans: 100_000 })).toBe('Opening 100,000 spans…');
    expect(progressText({ phase: 'opening', preview: { ...PREVIEW, spanCount: 12_000 } })).toBe('Opening 12,000 spans…');
  });
});
