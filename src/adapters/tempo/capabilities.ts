import type { Capabilities } from '../contract';

/** No dependency API: Tempo's service graph lives in Prometheus (docs/backend-apis §2.4). */
export const tempoCapabilities: Capabilities = {
  search: true,
  operations: true,
  tagFilters: true,
  durationFilters: true,
  searchReturnsTraces: false,
  dependencies: false,
  tagAutocomplete: true,
  rawQuery: 'traceql',
};
