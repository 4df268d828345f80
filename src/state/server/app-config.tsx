import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AppConfig } from '../../adapters/config';
import type { SourceAdapter } from '../../adapters/contract';
import { createFileAdapter } from '../../adapters/file/file-adapter';
import { createMergedAdapter, isMergedSourceId, partsOfMergedSourceId } from '../../adapters/merged/merged-adapter';
import { useLoadedFilesStore, type LoadedFile } from '../ui/loaded-files-store';
import { fileNameOfSource, isFileSourceId } from '../url/source-param';
import { configuredAdapters } from './configured-adapters';
import { createMissingSourceAdapter } from './missing-source';

interface AppConfigContextValue {
  readonly config: AppConfig;
  /** One adapter per configured source, created once. */
  readonly adapters: ReadonlyMap<string, SourceAdapter>;
}

const AppConfigContext = createContext<AppConfigContextValue | null>(null);

export function AppConfigProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  const value = useMemo<AppConfigContextValue>(
    () => ({ config, adapters: configuredAdapters(config) }),
    [config],
  );
  return <AppConfigContext.Provider value={value}>{children}</AppConfigContext.Provider>;
}

function useAppConfigContext(): AppConfigContextValue {
  const value = useContext(AppConfigContext);
  if (!value) throw new Error('useAppConfig outside <AppConfigProvider>');
  return value;
}

export function useAppConfig(): AppConfig {
  return useAppConfigContext().config;
}

/** Every configured source's adapter, in config order (for lookups across sources). */
export function useSourceAdapters(): readonly SourceAdapter[] {
  const { config, adapters } = useAppConfigContext();
  return useMemo(() => config.sources.map((s) => adapters.get(s.id)!), [config, adapters]);
}

/**
 * Where a trace id is looked up: the configured sources in config order, then the files
 * opened in this tab (by name): a pasted id that only a file holds opens from the file.
 */
export function useLookupAdapters(): readonly SourceAdapter[] {
  const configured = useSourceAdapters();
  const files = useLoadedFilesStore((s) => s.files);
  return useMemo(
    () => [
      ...configured,
      ...Object.keys(files)
        .sort()
        .map((name) => fileAdapter(files[name]!)),
    ],
    [configured, files],
  );
}

// File adapters keyed by the immutable LoadedFile, so a file keeps one adapter (and cache).
const fileAdapters = new WeakMap<LoadedFile, SourceAdapter>();

function fileAdapter(file: LoadedFile): SourceAdapter {
  let adapter = fileAdapters.get(file);
  if (!adapter) {
    adapter = createFileAdapter(file.name, file.traces, file.opening);
    fileAdapters.set(file, adapter);
  }
  return adapter;
}

// Merged views (`a,b`) keyed by the adapters they merge, so each keeps one adapter (and cache).
const mergedAdapters = new WeakMap<ReadonlyMap<string, SourceAdapter>, Map<string, SourceAdapter>>();

function mergedAdapter(adapters: ReadonlyMap<string, SourceAdapter>, sourceId: string): SourceAdapter {
  let byId = mergedAdapters.get(adapters);
  if (!byId) mergedAdapters.set(adapters, (byId = new Map()));
  let adapter = byId.get(sourceId);
  if (!adapter) {
    const ids = partsOfMergedSourceId(sourceId);
    const unknown = ids.filter((id) => !adapters.has(id));
    adapter =
      unknown.length > 0 || ids.length === 0
        ? createMissingSourceAdapter(
            sourceId,
            `There is no source "${unknown[0] ?? sourceId}" in config.json.`,
            'A merged view names configured sources separated by commas.',
          )
        : createMergedAdapter(sourceId, ids.map((id) => adapters.get(id)!));
    byId.set(sourceId, adapter);
  }
  return adapter;
}

/**
 * The adapter for a source id: a configured source, `file:<name>` for a file opened in
 * this tab, or `a,b` for one trace merged from several configured sources. An unknown id
 * yields an adapter whose requests fail with an explained error.
 */
export function useAdapter(sourceId: string): SourceAdapter {
  const { adapters } = useAppConfigContext();
  const isFile = isFileSourceId(sourceId);
  const file = useLoadedFilesStore((s) => (isFile ? s.files[fileNameOfSource(sourceId)] : undefined));
  return useMemo(() => {
    if (isFile) {
      if (file) return fileAdapter(file);
      return createMissingSourceAdapter(
        sourceId,
        `The file "${fileNameOfSource(sourceId)}" is not open in this tab.`,
        'Opened files live only in the browser tab that opened them. Open or drop the file again.',
      );
    }
    if (isMergedSourceId(sourceId)) return mergedAdapter(adapters, sourceId);
    return (
      adapters.get(sourceId) ??
      createMissingSourceAdapter(
        sourceId,
        `There is no source "${sourceId}" in config.json.`,
        `Pick a source from the list, or add one with id "${sourceId}" to config.json.`,
      )
    );
  }, [adapters, file, isFile, sourceId]);
}
