import type { Query } from '../../query-lang/ast';
import { printQuery } from '../../query-lang/print';
import type { CompiledSearch, SearchBase } from '../compiled-search';
import { splitForm } from '../jaeger/compile-query';

/**
 * The filter language → Zipkin's query: serviceName, spanName, `peer.service=x` as
 * remoteServiceName, equality and existence as annotationQuery (`error` matches the error
 * tag of any value), min/max duration in µs. Zipkin returns whole traces: the browser
 * re-checks the query and evaluates the rest.
 */
export function compileZipkinQuery(query: Query, base: SearchBase): CompiledSearch {
  const { form, rest, usedTraceDuration } = splitForm(query, { statusTag: 'error', existence: true });
  const remote = form.tags.find(([k, v]) => k === 'peer.service' && v !== '');
  const tags = form.tags.filter((t) => t !== remote);
  return {
    request: {
      ...base,
      ...form,
      tags,
      ...(remote ? { remoteService: remote[1] } : {}),
    },
    resultLimit: base.limit,
    verify: query,
    browserTerms: rest.map((e) => printQuery(e)),
    caveats: usedTraceDuration
      ? ['Zipkin applies min/max duration to single spans; the trace duration is checked in the browser.']
      : [],
  };
}
