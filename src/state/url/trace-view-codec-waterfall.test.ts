import { describe, expect, it } from 'vitest';
import { decodeTraceView, encodeTraceView } from './trace-view-codec';

// The waterfall's fields of the trace view codec: collapsed, focus, zoom, time.
const params = (s: string) => new URLSearchParams(s);

describe('trace view codec: waterfall fields', () => {
  it('reads collapsed text, focus, zoom and time mode', () => {
    const v = decodeTraceView(params('source=demo&collapsed=_d2&focus=00F067AA0BA902B7&zoom=0.25-0.5&time=utc'));
    expect(v.collapsed).toBe('_d2');
    expect(v.focus).toBe('00f067aa0ba902b7');
    expect(v.zoom).toEqual({ start: 0.25, end: 0.5 });
    expect(v.time).toBe('utc');
  });

  it('defaults when absent or malformed', () => {
    const v = decodeTraceView(params('collapsed=<x>&focus=zz&zoom=0.9-0.1&time=mars'));
    expect(v.collapsed).toBe('');
    expect(v.focus).toBeNull();
    expect(v.zoom).toBeNull();
    expect(v.time).toBeNull();
    expect(decodeTraceView(params('zoom=0-1')).zoom).toBeNull();
  });

  it('writes them compactly and leaves defaults out', () => {
    const out = encodeTraceView(
      { collapsed: '3-2.3', focus: 'abc', zoom: { start: 0.1, end: 0.35 }, time: 'local' },
      params('source=demo&span=abc'),
    );
    expect(out.toString()).toBe('source=demo&span=abc&collapsed=3-2.3&focus=abc&zoom=0.1-0.35&time=local');
    const cleared = encodeTraceView({ collapsed: '', focus: null, zoom: null, time: null }, out);
    expect(cleared.toString()).toBe('source=demo&span=abc');
  });

  it('round-trips through the URL', () => {
    const state = { collapsed: '_all', focus: '00000000000000ff', zoom: { start: 0.0123, end: 0.0456 }, time: 'rel' as const };
    const back = decodeTraceView(params(encodeTraceView(state).toString()));
    expect(back).toMatchObject(state);
  });
});
