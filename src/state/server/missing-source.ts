import type { SourceConfig } from '../../adapters/config';
import type { Capabilities, SourceAdapter } from '../../adapters/contract';
import { SourceError } from '../../adapters/source-error';

const NOTHING: Capabilities = {
  search: true,
  operations: false,
  tagFilters: false,
  durationFilters: false,
  searchReturnsTraces: false,
  dependencies: false,
  tagAutocomplete: false,
  rawQuery: null,
};

/**
 * Stands in for a source the URL names but this tab does not have (a typo in `?source=`,
 * a file opened in another tab), so every view explains it through the usual error panel.
 */
export function createMissingSourceAdapter(id: string, message: string, hint: string): SourceAdapter {
  const config: SourceConfig = { id, name: id, type: 'demo', url: '', headers: {}, timeoutMs: 0 };
  const fail = (): Promise<never> => Promise.reject(new SourceError('not-found', message, { hint }));
  return {
    config,
    capabilities: NOTHING,
    services: fail,
    operations: fail,
    search: fail,
    trace: fail,
  };
}
