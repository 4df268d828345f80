import type { Capabilities } from '../contract';

export const jaegerCapabilities: Capabilities = {
  search: true,
  operations: true,
  tagFilters: true,
  durationFilters: true,
  searchReturnsTraces: true,
  dependencies: true,
  tagAutocomplete: false,
  rawQuery: null,
};
