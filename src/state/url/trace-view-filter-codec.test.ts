import { describe, expect, it } from 'vitest';
import { decodeTraceView, encodeTraceView } from './trace-view-codec';

// The in-trace filter's part of the trace view URL: find, uiFind, only, qf, cp, skew.
const decode = (q: string) => decodeTraceView(new URLSearchParams(q));

describe('trace view codec: filters', () => {
  it('reads the filter fields, tolerating junk', () => {
    const v = decode('find=service%3Dcheckout&only=1&qf=errors&cp=1&skew=true');
    expect(v).toMatchObject({ find: 'service=checkout', matchesOnly: true, quickFilter: 'errors', criticalPath: true, skewAdjust: true });
    expect(decode('qf=bogus&cp=maybe&only=0')).toMatchObject({ quickFilter: 'none', criticalPath: false, matchesOnly: false });
    expect(decode('')).toMatchObject({ find: '', uiFind: null, quickFilter: 'none', criticalPath: false, skewAdjust: false });
  });

  it("keeps Jaeger's uiFind as given (the page turns it into a query)", () => {
    expect(decode('uiFind=5e0eadef740dbcf3').uiFind).toBe('5e0eadef740dbcf3');
    expect(decode('uiFind=%20%20').uiFind).toBeNull();
  });

  it('writes only what differs from the default, and keeps other parameters', () => {
    const base = new URLSearchParams('source=demo&uiFind=abc');
    const out = encodeTraceView({ find: 'x>1', uiFind: null, matchesOnly: true, quickFilter: 'slowest', criticalPath: true, skewAdjust: false }, base);
    expect(out.get('source')).toBe('demo');
    expect(out.get('uiFind')).toBeNull();
    expect(out.get('find')).toBe('x>1');
    expect(out.get('only')).toBe('1');
    expect(out.get('qf')).toBe('slowest');
    expect(out.get('cp')).toBe('1');
    expect(out.has('skew')).toBe(false);
    const cleared = encodeTraceView({ find: '  ', quickFilter: 'none', criticalPath: false }, out);
    expect([...cleared.keys()].sort()).toEqual(['only', 'source']);
  });

  it('round-trips', () => {
    const state = { find: 'status=error "card declined"', matchesOnly: true, quickFilter: 'critical' as const, criticalPath: true, skewAdjust: true };
    expect(decodeTraceView(encodeTraceView(state))).toMatchObject(state);
  });
});
