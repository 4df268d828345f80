import type { Capabilities } from '../contract';

/** Tag autocomplete lists only the keys named by the server's AUTOCOMPLETE_KEYS (often none). */
export const zipkinCapabilities: Capabilities = {
  search: true,
  operations: true,
  tagFilters: true,
  durationFilters: true,
  searchReturnsTraces: true,
  dependencies: true,
  tagAutocomplete: true,
  rawQuery: null,
};
