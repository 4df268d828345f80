import type { Micros } from '../lib/units';
import type { SearchQuery } from '../model/search-types';
import type { Query } from '../query-lang/ast';

/** What every search starts from besides the filter: the time window and the limit. */
export interface SearchBase {
  readonly startUs: Micros;
  readonly endUs: Micros;
  readonly limit: number;
}

/**
 * A filter-language query compiled for one source: the request the backend gets, and
 * what the browser must still check on what comes back.
 */
export interface CompiledSearch {
  readonly request: SearchQuery;
  /** Run on the returned traces to finish the query; null when the backend answered it exactly. */
  readonly verify: Query;
  /** The terms only the browser evaluates (printed for the results note); empty when none. */
  readonly browserTerms: readonly string[];
  /** How many results to show after `verify` (the backend's own limit applies before it). */
  readonly resultLimit: number;
  /** Where the backend's own semantics differ from ours, said plainly for the results note. */
  readonly caveats: readonly string[];
}
