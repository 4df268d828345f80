import { describe, expect, it } from 'vitest';
import { micros } from '../lib/units';
import { parseQuery } from '../query-lang/parse';
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
      minDurationUs: 1_000_000,
      maxDurationUs: 3_000_000,
    });
    expect(c.browserTerms).toEqual(['http.status_code>=500']);
    expect(c.verify).not.toBeNull();
    expect(c.caveats[0]).toContain('trace duration is checked in the browser');
  });

  it('pushes nothing from a top-level or', () => {
    const c = compile('jaeger', 'service=a or service=b');
    expect(c.request).toEqual({ ...base, tags: [] });
    expect(c.browserTerms).toEqual(['service=a or service=b']);
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
      tags: [['error', ''], ['http.path', '']],
      minDurationUs: 250_000,
    });
    expect(c.browserTerms).toEqual(['kind=client']);
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
      '{(resource.service.name = "a" || name =~ "^GET") && kind = server && .db.statement != nil && duration <= 250us}',
    );
    expect(toTraceQL(parseQuery('a="x\\"y" b=true c=1.5'))).toBe('{.a = "x\\"y" && .b = true && .c = 1.5}');
    expect(toTraceQL(null)).toBe('{}');
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
