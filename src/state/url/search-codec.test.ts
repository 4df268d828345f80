import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEARCH,
  decodeSearchParams,
  encodeSearchParams,
  lookbackToUs,
  toSearchBase,
  withTimeWindow,
  type SearchUrlState,
} from './search-codec';

const params = (s: string) => new URLSearchParams(s);

describe('decodeSearchParams', () => {
  it('reads a Jaeger UI search link (JSON tags, µs times) as the equivalent query', () => {
    const state = decodeSearchParams(
      params(
        'end=1700000000000000&limit=20&lookback=custom&maxDuration=2s&minDuration=100ms' +
          '&operation=GET%20%2Fapi&service=frontend&start=1699990000000000' +
          '&tags=%7B%22http.status_code%22%3A%22500%22%2C%22error%22%3A%22true%22%7D',
      ),
    );
    expect(state).toEqual({
      ...DEFAULT_SEARCH,
      query: 'service=frontend operation="GET /api" http.status_code=500 status=error duration>=100ms duration<=2s',
      lookback: 'custom',
      startUs: 1699990000000000,
      endUs: 1700000000000000,
      limit: 20,
    });
  });

  it('reads q, and applies both q and form parameters when a link carries both', () => {
    expect(decodeSearchParams(params('q=kind%3Dclient')).query).toBe('kind=client');
    expect(decodeSearchParams(params('service=a&q=service%3D%22b%22')).query).toBe('service=a service=b');
    expect(decodeSearchParams(params('service=a&q=x%3D1+or+y%3D2')).query).toBe('service=a (x=1 or y=2)');
    // A q that does not parse is kept as typed, for the box to show the error.
    expect(decodeSearchParams(params('service=a&q=x%3D')).query).toBe('service=a (x=)');
    expect(decodeSearchParams(params('service=a&remoteServiceName=db')).query).toBe('service=a peer.service=db');
  });

  it('keeps a form value that does not read, so the box shows the mistake', () => {
    expect(decodeSearchParams(params('service=a&minDuration=soon')).query).toBe('service=a duration>=soon');
  });

  it('reads raw TraceQL', () => {
    expect(decodeSearchParams(params('traceql=%7B%7D')).traceql).toBe('{}');
    expect(decodeSearchParams(params('traceql=+')).traceql).toBeNull();
  });

  it('falls back to defaults for bad values', () => {
    expect(
      decodeSearchParams(params('limit=-3&lookback=forever&start=yesterday&sort=best&operation=all')),
    ).toEqual(DEFAULT_SEARCH);
    expect(decodeSearchParams(params('limit=99999')).limit).toBe(1500);
    expect(decodeSearchParams(params('limit=0')).limit).toBe(1);
  });

  it('accepts any Jaeger lookback such as 3h or 2w', () => {
    expect(decodeSearchParams(params('lookback=3h')).lookback).toBe('3h');
    expect(lookbackToUs('2w')).toBe(14 * 86400e6);
    expect(lookbackToUs('custom')).toBeNull();
  });
});

describe('encodeSearchParams', () => {
  it('keeps other parameters, drops defaults and the form parameters the query replaced', () => {
    const out = encodeSearchParams(
      { ...DEFAULT_SEARCH, query: 'service=api' },
      params('source=demo&sort=longest&service=old&tags=a%3D1'),
    );
    expect(out.toString()).toBe('source=demo&q=service%3Dapi&lookback=1h&limit=20');
  });

  it('round-trips every state', () => {
    const state = fc.record<SearchUrlState>({
      query: fc.constantFrom('', 'service=a', 'a=1 or b="x y"', 'duration>1s "free text"', 'x='),
      traceql: fc.option(fc.constantFrom('{}', '{.a = 1} >> {.b = 2}'), { nil: null }),
      lookback: fc.constantFrom('15m', '1h', '7d', 'custom'),
      startUs: fc.option(fc.integer({ min: 0, max: 2e15 }), { nil: null }),
      endUs: fc.option(fc.integer({ min: 0, max: 2e15 }), { nil: null }),
      limit: fc.integer({ min: 1, max: 1500 }),
      sort: fc.constantFrom('recent', 'longest', 'shortest', 'most-spans', 'most-errors'),
    });
    fc.assert(
      fc.property(state, (s) => {
        const url = encodeSearchParams(s).toString();
        expect(decodeSearchParams(params(url))).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe('toSearchBase', () => {
  const submitted = withTimeWindow({ ...DEFAULT_SEARCH, lookback: '15m' }, 1_000_000_000_000);

  it('fixes the window from the lookback at submit time', () => {
    expect(submitted.endUs).toBe(1_000_000_000_000);
    expect(submitted.startUs).toBe(1_000_000_000_000 - 15 * 60e6);
    expect(toSearchBase({ ...submitted, limit: 50 })).toEqual({
      ok: true,
      base: { startUs: submitted.startUs, endUs: submitted.endUs, limit: 50 },
    });
  });

  it('refuses a missing or reversed window', () => {
    expect(toSearchBase({ ...submitted, startUs: null }).ok).toBe(false);
    expect(toSearchBase({ ...submitted, startUs: 10, endUs: 5 })).toEqual({
      ok: false,
      error: 'The end of the time range must be after its start',
    });
  });
});
