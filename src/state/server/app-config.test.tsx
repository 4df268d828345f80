// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../../adapters/config';
import { isSourceError } from '../../adapters/source-error';
import { useLoadedFilesStore } from '../ui/loaded-files-store';
import { AppConfigProvider, useAdapter, useLookupAdapters } from './app-config';

const config: AppConfig = {
  sources: [{ id: 'demo', name: 'Demo', type: 'demo', url: '', headers: {}, timeoutMs: 1000 }],
  defaultSource: 'demo',
  linkTemplates: [],
  routing: 'history',
};
const wrapper = ({ children }: { children: ReactNode }) => <AppConfigProvider config={config}>{children}</AppConfigProvider>;

describe('useAdapter', () => {
  it('gives one adapter per configured source', () => {
    const { result, rerender } = renderHook(() => useAdapter('demo'), { wrapper });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    expect(first.config.id).toBe('demo');
  });

  it('explains an unknown source through its requests', async () => {
    const { result } = renderHook(() => useAdapter('nope'), { wrapper });
    const error = await result.current.services().catch((e: unknown) => e);
    expect(isSourceError(error) && error.kind).toBe('not-found');
    expect((error as Error).message).toContain('no source "nope"');
  });

  it('serves an opened file as file:<name>, and explains one that is not open', async () => {
    const { result } = renderHook(() => useAdapter('file:x.json'), { wrapper });
    const missing = await result.current.services().catch((e: unknown) => e);
    expect((missing as Error).message).toContain('not open in this tab');
    act(() => useLoadedFilesStore.getState().addFile({ name: 'x.json', format: 'otlp-json', traces: [], warnings: [], sizeBytes: 2 }));
    expect(result.current.config.id).toBe('file:x.json');
    expect(await result.current.services()).toEqual([]);
  });

  it('serves `a,b` as one merged adapter over configured sources, and explains an unknown part', async () => {
    const { result, rerender } = renderHook(() => useAdapter('demo,demo'), { wrapper });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    expect(first.config.id).toBe('demo,demo');
    expect(first.capabilities.search).toBe(false);
    const { result: bad } = renderHook(() => useAdapter('demo,nope'), { wrapper });
    const error = await bad.current.trace('ab').catch((e: unknown) => e);
    expect((error as Error).message).toContain('no source "nope"');
  });
});

describe('useLookupAdapters', () => {
  it('asks the configured sources, then the files opened in this tab by name', () => {
    const file = (name: string) => ({ name, format: 'otlp-json' as const, traces: [], warnings: [], sizeBytes: 2 });
    const { result } = renderHook(() => useLookupAdapters(), { wrapper });
    act(() => {
      useLoadedFilesStore.getState().addFile(file('zz.json'));
      useLoadedFilesStore.getState().addFile(file('aa.json'));
    });
    const ids = result.current.map((a) => a.config.id);
    expect(ids[0]).toBe('demo');
    const fileIds = ids.slice(1);
    expect(fileIds.every((id) => id.startsWith('file:'))).toBe(true);
    expect(fileIds).toEqual([...fileIds].sort());
    expect(fileIds).toEqual(expect.arrayContaining(['file:aa.json', 'file:zz.json']));
    // The same adapter as useAdapter('file:<name>') gives: one cache per file.
    const { result: direct } = renderHook(() => useAdapter('file:aa.json'), { wrapper });
    expect(result.current.find((a) => a.config.id === 'file:aa.json')).toBe(direct.current);
  });
});

