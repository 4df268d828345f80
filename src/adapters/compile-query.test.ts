import { describe, expect, it } from 'vitest';
import { micros } from '../lib/units';
import { parseQuery } from '../query-lang/parse';
import { printQuery } from '../query-lang/print';
import { QueryError } from '../query-lang/query-error';
import { compileSearch } from './compile-query';
import { toTraceQL } from './tempo/compile-query';

const base = { startUs: micros(1_000_000), endUs: micros(2_000_000), limit: 20 };
const compile = (type: Parameters<typeof compileSearch>[0], q: string) => compileSearch(type, parseQuery(q), base);
const EXAMPLE = 'service=checkout duration>1s error=true http.status_code>=500';

describe('compileSearch for Jaeger', () => {
  it('pushes service, operation, equality tags and durations; the rest runs in the browser', () => {
    const c = compile('jaeger', `${EXAMPLE} operation="POST /pay" region=eu span.duration<3s`);
    expect(c.request).toEqual({
      ...base,
      service: 'checkout',
      operation: 'POST /pay',
      tags: [['error', 'true'], ['region', 'eu']],
      // span.duration bounds win; the trace bound stays in the browser (see below).
      maxDurationUs: 3_000_000,
    });
    expect(c.browserTerms).toEqual(['duration>1s', 'http.status_code>=500']);
    expect(c.verify).not.toBeNull();
    expect(compile('jaeger', EXAMPLE).request.minDurationUs).toBe(1_000_000);
    expect(compile('jaeger', EXAMPLE).caveats[0]).toContain('trace duration is checked in the browser');
  });

  it('pushes nothing from a top-level or', () => {
    const c = compile('jaeger', 'service=a or service=b');
    expect(c.request).toEqual({ ...base, tags: [] });
    expect(c.browserTerms).toEqual(['service=a or service=b']);
  });

  it('pushes only span-duration bounds when the query has them; trace bounds stay in the browser', () => {
    const c = compile('jaeger', 'service=a duration>=5s span.duration<=1ms');
    expect(c.request).toEqual({ ...base, service: 'a', tags: [], maxDurationUs: 1000 });
    expect(c.browserTerms).toEqual(['duration>=5s']);
    expect(c.caveats).toEqual([]);
  });

  it('keeps the strongest of several bounds', () => {
    const c = compile('jaeger', 'service=a duration>1s duration>=2s duration<10s duration<=5s');
    expect(c.request.minDurationUs).toBe(2_000_000);
    expect(c.request.maxDurationUs).toBe(5_000_000);
  });

  it('keeps a second service condition for the browser', () => {
    expect(compile('jaeger', 'service=a service!=b').browserTerms).toEqual(['service!=b']);
  });
});

describe('compileSearch for Zipkin', () => {
  it('maps to serviceName, spanName, remoteServiceName, annotationQuery terms and µs durations', () => {
    const c = compile('zipkin', 'service=checkout operation=charge peer.service=stripe error=true has(http.path) duration>=250ms kind=client');
    expect(c.request).toEqual({
      ...base,
      service: 'checkout',
      operation: 'charge',
      remoteService: 'stripe',
      tags: [['http.path', '']],
      minDurationUs: 250_000,
    });
    // The OTel Zipkin exporter tags `error` only when the status has a message: the browser checks it.
    expect(c.browserTerms).toEqual(['status=error', 'kind=client']);
  });

  it('compares operations in lower case, as Zipkin stores span names', () => {
    const c = compile('zipkin', 'service=gateway operation="POST /api/orders"');
    expect(c.request.operation).toBe('post /api/orders');
    expect(printQuery(c.verify)).toBe('service=gateway operation="post /api/orders"');
    expect(compile('zipkin', 'operation=~"^GET"').request.operation).toBeUndefined();
  });
});

describe('compileSearch for Zipkin: annotationQuery limits', () => {
  it('keeps values holding " and " in the browser (annotationQuery splits on it)', () => {
    const c = compile('zipkin', 'service=a note="salt and pepper" region=eu');
    expect(c.request.tags).toEqual([['region', 'eu']]);
    expect(c.browserTerms).toEqual(['note="salt and pepper"']);
  });
});

describe('compileSearch for Tempo', () => {
  it('expresses the whole query in TraceQL and leaves nothing to the browser', () => {
    const c = compile('tempo', EXAMPLE);
    expect(c.request.raw).toBe('{resource.service.name = "checkout" && traceDuration > 1s && status = error && .http.status_code >= 500}');
    expect(c.verify).toBeNull();
    expect(c.browserTerms).toEqual([]);
  });

  it('keeps or, parentheses, regexes, existence, kinds and span durations', () => {
    expect(toTraceQL(parseQuery('(service=a or name=~"^GET") kind=server has(db.statement) span.duration<=250us'))).toBe(
      '{(resource.service.name = "a" || name =~ ".*(?:^GET).*") && kind = server && .db.statement != nil && duration <= 250us}',
    );
    expect(toTraceQL(parseQuery('a="x\\"y" b=true c=1.5'))).toBe(
      '{.a = "x\\"y" && (.b = true || .b = "true") && (.c = 1.5 || .c = "1.5")}',
    );
    expect(toTraceQL(null)).toBe('{}');
  });

  it('unanchors regexes (recent Tempo anchors them, we match anywhere)', () => {
    expect(toTraceQL(parseQuery('db.statement=~select service!~"^test" status=~err'))).toBe(
      '{.db.statement =~ ".*(?:select).*" && resource.service.name !~ ".*(?:^test).*" && status =~ ".*(?:err).*"}',
    );
  });

  it('asks for numbers and booleans typed either way on equality only', () => {
    expect(toTraceQL(parseQuery('http.status_code=500 http.status_code>=500 retry!=true'))).toBe(
      '{(.http.status_code = 500 || .http.status_code = "500") && .http.status_code >= 500 && .retry != true}',
    );
  });

  it('keeps attributes named like intrinsics as attributes', () => {
    expect(toTraceQL(parseQuery('attr.name=x attr.status=ok has(attr.kind) resource.host.name=h'))).toBe(
      '{.name = "x" && .status = "ok" && .kind != nil && resource.host.name = "h"}',
    );
  });

  it('refuses free text with a positioned error', () => {
    expect(() => compile('tempo', 'service=a "timeout"')).toThrow(QueryError);
  });
});

describe('compileSearch for demo and files', () => {
  it('evaluates everything in the browser, limiting after the filter', () => {
    const c = compile('demo', EXAMPLE);
    expect(c.request).toEqual({ ...base, limit: 100_000, tags: [] });
    expect(c.resultLimit).toBe(20);
    expect(c.browserTerms).toEqual(['service=checkout duration>1s status=error http.status_code>=500']);
  });
});
