import { compileSearch } from '../../adapters/compile-query';
import type { CompiledSearch } from '../../adapters/compiled-search';
import type { SourceType } from '../../adapters/config';
import type { Capabilities } from '../../adapters/contract';
import { describeNativeQuery, type NativeQuery } from '../../adapters/native-query';
import type { TextRange } from '../../query-lang/ast';
import { parseQuery } from '../../query-lang/parse';
import { QueryError } from '../../query-lang/query-error';
import { toSearchBase, type SearchUrlState } from '../url/search-codec';

export type SearchPlan =
  | { readonly ok: true; readonly compiled: CompiledSearch; readonly native: NativeQuery | null; readonly raw: boolean }
  /** `range` is where in the query text the problem is (absent when it is not the text's). */
  | { readonly ok: false; readonly error: string; readonly range?: TextRange };

/** Whether the state's raw TraceQL is what runs (the source takes TraceQL and the URL has some). */
export const usesRawQuery = (state: SearchUrlState, capabilities: Capabilities): boolean =>
  state.traceql !== null && capabilities.rawQuery === 'traceql';

/**
 * A submitted URL state → what to send and what to finish in the browser, or the problem
 * (with its place in the query). Pure: the page shows the problem instead of searching.
 */
export function planSearch(state: SearchUrlState, type: SourceType | 'file', capabilities: Capabilities): SearchPlan {
  const window = toSearchBase(state);
  if (!window.ok) return { ok: false, error: window.error };
  const base = window.base;
  if (usesRawQuery(state, capabilities)) {
    const compiled: CompiledSearch = {
      request: { ...base, tags: [], raw: state.traceql ?? '' },
      verify: null,
      browserTerms: [],
      resultLimit: base.limit,
      caveats: [],
    };
    return { ok: true, compiled, native: describeNativeQuery(type, compiled.request), raw: true };
  }
  try {
    const compiled = compileSearch(type, parseQuery(state.query), base);
    // Jaeger's query API searches one service at a time (its own UI requires one too).
    if (type === 'jaeger' && !compiled.request.service) {
      return { ok: false, error: 'Jaeger searches one service at a time: add service=… (joined with and, not inside or).' };
    }
    return { ok: true, compiled, native: describeNativeQuery(type, compiled.request), raw: false };
  } catch (e) {
    if (e instanceof QueryError) return { ok: false, error: e.message, range: e.range };
    throw e;
  }
}
