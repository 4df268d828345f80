import type { SearchResult, TraceSummary } from '../model/search-types';
import { compileQuery } from '../query-lang/evaluate';
import type { CompiledSearch } from './compiled-search';
import type { SourceType } from './config';

const ADAPTER_LIMIT_NOTE = /^Showing the first \d+ traces \(the limit\)/;
const SOURCE_NAMES: Readonly<Record<string, string>> = { jaeger: 'Jaeger', zipkin: 'Zipkin', tempo: 'Tempo' };

/** What the browser did to a backend's answer, for the results to say. */
export interface FinishedSearch extends SearchResult {
  /** Traces the backend returned, before the browser's filter. */
  readonly returned: number;
  /** Traces that passed the filter, before the result limit. */
  readonly matched: number;
}

/**
 * Finishes a compiled search on the backend's answer: re-checks `verify` on every returned
 * trace (summaries without a whole trace cannot be checked and are kept), cuts to the result
 * limit, and says which part ran in the browser and that the backend's limit applied first.
 */
export function finishSearch(type: SourceType | 'file', compiled: CompiledSearch, result: SearchResult): FinishedSearch {
  const returned = result.summaries.length;
  let kept: readonly TraceSummary[] = result.summaries;
  if (compiled.verify !== null) {
    const matcher = compileQuery(compiled.verify, 'search');
    kept = kept.filter((s) => !s.trace || matcher.traceMatches(s.trace));
  }
  const shown = kept.slice(0, compiled.resultLimit);
  const terms = compiled.browserTerms.map((t) => `\`${t}\``).join(', ');
  const backend = SOURCE_NAMES[type];
  // The adapters' own "showing the first N (the limit)" counts traces before the filter:
  // next to fewer results it misleads, and the note below says it about the limit instead.
  const notes = terms && backend ? result.notes.filter((n) => !ADAPTER_LIMIT_NOTE.test(n)) : [...result.notes];
  if (terms && backend) {
    const atLimit = returned >= compiled.request.limit;
    notes.push(
      `Filtered in the browser: ${terms} — ${backend} returned ${returned} trace${returned === 1 ? '' : 's'}` +
        (atLimit ? ' (its limit) before this filter; raise the limit to see more.' : ' before this filter.'),
    );
  } else if (terms) {
    notes.push(`Filtered in the browser: ${terms}.`);
  }
  if (kept.length > shown.length) {
    notes.push(`Showing ${shown.length} of ${kept.length} matching traces; raise the limit to see more.`);
  }
  const unchecked = compiled.verify === null ? 0 : kept.filter((s) => !s.trace).length;
  if (unchecked > 0) notes.push(`${unchecked} result(s) came without their spans and could not be re-checked in the browser.`);
  notes.push(...compiled.caveats);
  return { summaries: shown, notes, returned, matched: kept.length };
}
