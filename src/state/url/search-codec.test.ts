import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEARCH,
  decodeSearchParams,
  encodeSearchParams,
  lookbackToUs,
  toSearchQuery,
  withTimeWindow,
  type SearchUrlState,
} from './search-codec';

const params = (s: string) => new URLSearchParams(s);

describe('decodeSearchParams', () => {
  it('reads a Jaeger UI search link (JSON tags, µs times)', () => {
    const state = decodeSearchParams(
      params(
        'end=1700000000000000&limit=20&lookback=custom&maxDuration=2s&minDuration=100ms' +
          '&operation=GET%20%2Fapi&service=frontend&start=1699990000000000' +
          '&tags=%7B%22http.status_code%22%3A%22500%22%2C%22error%22%3A%22true%22%7D',
      ),
    );
    expect(state).toEqual({
      ...DEFAULT_SEARCH,
      service: 'frontend',
      operation: 'GET /api',
      tags: 'http.status_code=500 error=true',
      minDuration: '100ms',
      maxDuration: '2s',
      lookback: 'custom',
      startUs: 1699990000000000,
      endUs: 1700000000000000,
      limit: 20,
    });
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
  it('keeps other parameters and drops defaults', () => {
    const out = encodeSearchParams({ ...DEFAULT_SEARCH, service: 'api' }, params('source=demo&sort=longest'));
    expect(out.toString()).toBe('source=demo&service=api&lookback=1h&limit=20');
  });

  it('round-trips every state', () => {
    const text = fc.string({ maxLength: 10 }).map((s) => s.trim()).filter((s) => s !== 'all');
    const state = fc.record<SearchUrlState>({
      service: fc.option(text.filter((s) => s !== ''), { nil: null }),
      operation: fc.option(text.filter((s) => s !== ''), { nil: null }),
      tags: fc.constantFrom('', 'a=1', 'b="x y" c=2'),
      minDuration: fc.constantFrom('', '10ms', '1.5s'),
      maxDuration: fc.constantFrom('', '2s'),
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
      { numRuns: 1000 },
    );
  });
});

describe('toSearchQuery', () => {
  const submitted = withTimeWindow({ ...DEFAULT_SEARCH, lookback: '15m' }, 1_000_000_000_000);

  it('fixes the window from the lookback at submit time', () => {
    expect(submitted.endUs).toBe(1_000_000_000_000);
    expect(submitted.startUs).toBe(1_000_000_000_000 - 15 * 60e6);
  });

  it('builds the backend-neutral query', () => {
    const r = toSearchQuery({ ...submitted, service: 'api', tags: 'error=true', minDuration: '100ms', limit: 50 });
    expect(r).toEqual({
      ok: true,
      query: {
        service: 'api',
        tags: [['error', 'true']],
        minDurationUs: 100_000,
        startUs: submitted.startUs,
        endUs: submitted.endUs,
        limit: 50,
      },
    });
  });

  it.each([
    [{ tags: 'oops' }, 'tags'],
    [{ minDuration: 'soon' }, 'minDuration'],
    [{ maxDuration: '1ms', minDuration: '2ms' }, 'maxDuration'],
    [{ startUs: null }, 'startUs'],
    [{ startUs: 10, endUs: 5 }, 'endUs'],
  ] as const)('names the wrong field for %j', (patch, field) => {
    const r = toSearchQuery({ ...submitted, ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.field).toBe(field);
  });
});
