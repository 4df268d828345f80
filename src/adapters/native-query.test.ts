import { describe, expect, it } from 'vitest';
import { micros } from '../lib/units';
import { parseQuery } from '../query-lang/parse';
import { compileSearch } from './compile-query';
import { describeNativeQuery } from './native-query';

const base = { startUs: micros(1_000_000), endUs: micros(2_000_000), limit: 20 };
const native = (type: 'jaeger' | 'zipkin' | 'tempo' | 'demo', q: string) =>
  describeNativeQuery(type, compileSearch(type, parseQuery(q), base).request);

describe('describeNativeQuery', () => {
  const q = 'service=checkout operation=pay error=true duration>=1s http.status_code>=500';

  it('shows Jaeger its form parameters', () => {
    expect(native('jaeger', q)).toEqual({
      label: 'Jaeger search parameters',
      text: 'service=checkout\noperation=pay\ntags={"error":"true"}\nminDuration=1s\nlimit=20',
    });
  });

  it('shows Zipkin its parameters (µs durations, annotationQuery)', () => {
    expect(native('zipkin', `${q} region=eu`)?.text).toBe(
      'serviceName=checkout\nspanName=pay\nannotationQuery=region=eu\nminDuration=1000000\nlimit=20',
    );
  });

  it('shows Tempo the TraceQL', () => {
    expect(native('tempo', 'service=a')).toEqual({ label: 'TraceQL sent to Tempo', text: '{resource.service.name = "a"}' });
  });

  it('has nothing for in-browser sources', () => {
    expect(native('demo', q)).toBeNull();
  });
});
