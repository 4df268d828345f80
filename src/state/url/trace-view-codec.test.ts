import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_TRACE_VIEW,
  TRACE_VIEW_PARAMS,
  decodeTraceView,
  encodeTraceView,
  traceViewPath,
  withTraceView,
} from './trace-view-codec';

const params = (s: string) => new URLSearchParams(s);

describe('decodeTraceView', () => {
  it('reads the selected span', () => {
    expect(decodeTraceView(params('source=demo&span=00f067aa0ba902b7'))).toMatchObject({
      span: '00f067aa0ba902b7',
    });
  });

  it('accepts duplicate-span uids and normalizes case', () => {
    expect(decodeTraceView(params('span=00F067AA0BA902B7~2')).span).toBe('00f067aa0ba902b7~2');
  });

  it('falls back to the default for absent or malformed values', () => {
    expect(decodeTraceView(params(''))).toEqual(DEFAULT_TRACE_VIEW);
    for (const bad of ['', 'xyz', '<script>', 'abc~0', 'abc~', '1234~x', 'a'.repeat(40)]) {
      expect(decodeTraceView(params(`span=${encodeURIComponent(bad)}`)).span).toBeNull();
    }
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (k, v) => {
        const p = new URLSearchParams();
        p.set(k, v);
        p.set('span', v);
        const s = decodeTraceView(p);
        expect(s.span === null || typeof s.span === 'string').toBe(true);
      }),
    );
  });
});

describe('encodeTraceView', () => {
  it('keeps parameters it does not own', () => {
    const out = encodeTraceView({ span: 'abc' }, params('source=jaeger&foo=1'));
    expect(out.get('source')).toBe('jaeger');
    expect(out.get('foo')).toBe('1');
    expect(out.get('span')).toBe('abc');
  });

  it('omits defaults and removes a cleared selection', () => {
    expect(encodeTraceView({ span: null }, params('source=demo&span=abc')).toString()).toBe(
      'source=demo',
    );
  });

  it('leaves fields absent from the partial state untouched', () => {
    expect(encodeTraceView({}, params('span=abc')).get('span')).toBe('abc');
  });

  it('round-trips every valid state', () => {
    const uid = fc
      .tuple(
        fc.stringMatching(/^[0-9a-f]{16}$/),
        fc.option(fc.integer({ min: 2, max: 999 }), { nil: undefined }),
      )
      .map(([id, n]) => (n === undefined ? id : `${id}~${n}`));
    fc.assert(
      fc.property(fc.option(uid, { nil: null }), (span) => {
        const encoded = encodeTraceView({ span }, params('source=demo'));
        expect(decodeTraceView(new URLSearchParams(encoded.toString()))).toMatchObject({ span });
      }),
    );
  });

  it('lists the parameters it owns', () => {
    expect(TRACE_VIEW_PARAMS).toContain('span');
  });
});

describe('traceViewPath', () => {
  it('builds a shareable path', () => {
    expect(traceViewPath('4bf92f3577b34da6a3ce929d0e0e4736', 'demo', { span: '00f067aa0ba902b7' })).toBe(
      '/trace/4bf92f3577b34da6a3ce929d0e0e4736?source=demo&span=00f067aa0ba902b7',
    );
    expect(traceViewPath('ab', null)).toBe('/trace/ab');
  });

  it('escapes the trace id', () => {
    expect(traceViewPath('a/b?c', 'x y')).toBe('/trace/a%2Fb%3Fc?source=x+y');
  });
});

describe('withTraceView', () => {
  it('rewrites the query of a history-routed URL under a sub-path', () => {
    expect(withTraceView('https://x.org/tools/ts/trace/ab?source=demo&span=1', { span: 'ff~2' })).toBe(
      'https://x.org/tools/ts/trace/ab?source=demo&span=ff%7E2',
    );
  });
  it('rewrites the route query of a hash-routed URL', () => {
    expect(withTraceView('https://x.org/ts/#/trace/ab?source=demo', { span: 'ff' })).toBe(
      'https://x.org/ts/#/trace/ab?source=demo&span=ff',
    );
    expect(withTraceView('https://x.org/ts/#/trace/ab', { span: 'ff' })).toBe('https://x.org/ts/#/trace/ab?span=ff');
  });
});
