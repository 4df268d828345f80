import type { Query } from '../query-lang/ast';
import { printQuery } from '../query-lang/print';
import type { CompiledSearch, SearchBase } from './compiled-search';
import type { SourceType } from './config';
import { compileJaegerQuery } from './jaeger/compile-query';
import { compileTempoQuery } from './tempo/compile-query';
import { compileZipkinQuery } from './zipkin/compile-query';

/**
 * One query for every source. Demo and file sources hold their traces already, so the
 * browser evaluates everything; a raw TraceQL string goes to Tempo unchanged.
 */
const IN_BROWSER_LIMIT = 100_000;

export function compileSearch(type: SourceType | 'file', query: Query, base: SearchBase): CompiledSearch {
  switch (type) {
    case 'jaeger':
      return compileJaegerQuery(query, base);
    case 'zipkin':
      return compileZipkinQuery(query, base);
    case 'tempo':
      return compileTempoQuery(query, base);
    default:
      return {
        // The browser holds every trace: filter them all, then apply the limit.
        request: { ...base, limit: IN_BROWSER_LIMIT, tags: [] },
        resultLimit: base.limit,
        verify: query,
        browserTerms: query === null ? [] : [printQuery(query)],
        caveats: [],
      };
  }
}
