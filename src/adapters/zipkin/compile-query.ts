import type { Expr, Query } from '../../query-lang/ast';
import { printQuery } from '../../query-lang/print';
import type { CompiledSearch, SearchBase } from '../compiled-search';
import { splitForm } from '../jaeger/compile-query';

/**
 * The filter language → Zipkin's query: serviceName, spanName, `peer.service=x` as
 * remoteServiceName, equality and existence as annotationQuery, min/max duration in µs.
 * Zipkin returns whole traces: the browser re-checks the query and evaluates the rest.
 *
 * Two things seen against a real Zipkin 3.6 fed by OpenTelemetry's exporter:
 * - span names are stored lower-cased, so operation equality is compared in lower case
 *   (Zipkin's own spanName match ignores case; the browser's re-check must too);
 * - `error` is not pushed: the exporter writes the tag `error` only when the status has a
 *   message (otherwise just `otel.status_code=ERROR`), and annotationQuery cannot say "either",
 *   so Zipkin would drop failing traces. The browser checks the status instead.
 */
export function compileZipkinQuery(original: Query, base: SearchBase): CompiledSearch {
  const query = original === null ? null : lowerCaseOperations(original);
  const { form, rest, usedTraceDuration } = splitForm(query, {
    statusTag: 'error',
    existence: true,
    // annotationQuery splits on " and " and on the first "=": such keys/values stay in the browser.
    // ("error", "") is the status term (or `has(error)`): kept in the browser, see above.
    acceptTag: (key, value) =>
      !/ and /i.test(key) && !/ and /i.test(value) && !key.includes('=') && !(key === 'error' && value === ''),
  });
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

/** Operation `=`/`!=` values in lower case, as Zipkin stores span names (regexes are left as typed). */
function lowerCaseOperations(expr: Expr): Expr {
  switch (expr.type) {
    case 'and':
    case 'or':
      return { ...expr, items: expr.items.map(lowerCaseOperations) };
    case 'compare':
      return expr.field.kind === 'operation' && expr.value.type === 'string' && (expr.op === '=' || expr.op === '!=')
        ? { ...expr, value: { type: 'string', value: expr.value.value.toLowerCase() } }
        : expr;
    default:
      return expr;
  }
}
