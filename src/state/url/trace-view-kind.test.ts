import { describe, expect, it } from 'vitest';
import { TRACE_VIEW_KINDS, decodeTraceView, encodeTraceView, traceViewPath } from './trace-view-codec';

const params = (s: string) => new URLSearchParams(s);

describe('view= (which view of the trace)', () => {
  it('defaults to the timeline and ignores unknown values', () => {
    expect(decodeTraceView(params('')).view).toBe('timeline');
    for (const bad of ['', 'waterfall', '<b>', 'STATSX']) {
      expect(decodeTraceView(params(`view=${encodeURIComponent(bad)}`)).view).toBe('timeline');
    }
  });

  it('reads every view, case-insensitively', () => {
    for (const v of TRACE_VIEW_KINDS) expect(decodeTraceView(params(`view=${v.toUpperCase()}`)).view).toBe(v);
  });

  it('leaves the default out of the URL and keeps other parameters', () => {
    expect(encodeTraceView({ view: 'timeline' }, params('source=demo&view=json')).toString()).toBe('source=demo');
    expect(encodeTraceView({ view: 'flame' }, params('source=demo&span=ab')).toString()).toBe('source=demo&span=ab&view=flame');
  });

  it('round-trips', () => {
    for (const v of TRACE_VIEW_KINDS) {
      expect(decodeTraceView(encodeTraceView({ view: v })).view).toBe(v);
    }
    expect(traceViewPath('abc', 'demo', { view: 'stats' })).toBe('/trace/abc?source=demo&view=stats');
  });
});
