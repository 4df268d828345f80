import { describe, expect, it } from 'vitest';
import { decodeSearchParams, isSubmitted } from './search-codec';
import { decodeTraceView } from './trace-view-codec';
import {
  compareHref,
  embedOptions,
  jaegerRedirect,
  MAX_TRACE_ID_LIST,
  parseTraceSegment,
  traceIdsFromSearch,
  withoutEmbedParams,
} from './jaeger-links';

const A = '0000000000000000000000000000abcd';
const B = 'ffffffffffffffff0000000000000001';
const params = (s: string) => new URLSearchParams(s);

describe('Jaeger UI search form links', () => {
  it('are read in place by the search codec (no redirect)', () => {
    const search = '?service=frontend&operation=GET%20%2F&lookback=1h&limit=20&tags=%7B%22error%22%3A%22true%22%7D';
    expect(jaegerRedirect('/search', search)).toBeNull();
    const state = decodeSearchParams(params(search));
    // The search codec reads Jaeger UI's form parameters into the filter-language query.
    expect(state.query).toBe('service=frontend operation="GET /" status=error');
    expect(traceIdsFromSearch(params(search))).toBeNull();
    expect(isSubmitted(state)).toBe(false);
  });
});

describe('traceIdsFromSearch (/search?traceID=a&traceID=b)', () => {
  it('lists the ids normalized, in order, without duplicates', () => {
    expect(traceIdsFromSearch(params(`traceID=ABCD&traceID=${B}&traceID=abcd`))).toEqual({
      ids: [A, B],
      invalid: [],
      dropped: 0,
    });
  });
  it('accepts a comma list and reports junk', () => {
    expect(traceIdsFromSearch(params(`traceID=abcd,not-an-id&traceID=`))).toEqual({
      ids: [A],
      invalid: ['not-an-id'],
      dropped: 0,
    });
  });
  it('caps the list', () => {
    const many = Array.from({ length: MAX_TRACE_ID_LIST + 3 }, (_, i) => `traceID=${(i + 1).toString(16)}`).join('&');
    const list = traceIdsFromSearch(params(many))!;
    expect(list.ids).toHaveLength(MAX_TRACE_ID_LIST);
    expect(list.dropped).toBe(3);
  });
  it('is null without traceID', () => {
    expect(traceIdsFromSearch(params('service=x'))).toBeNull();
  });
});

describe('/trace/<id>?uiFind=…', () => {
  it('is no redirect, and the trace view codec keeps uiFind', () => {
    expect(jaegerRedirect(`/trace/${A}`, '?uiFind=payments')).toBeNull();
    expect(parseTraceSegment('ABCD')).toEqual({ kind: 'single', traceId: A });
    expect(decodeTraceView(params('uiFind=payments')).uiFind).toBe('payments');
  });
  it('keeps an invalid id as typed', () => {
    expect(parseTraceSegment('zz')).toEqual({ kind: 'single', traceId: 'zz' });
  });
});

describe('/trace/<a>...<b> (compare)', () => {
  it('redirects to /compare keeping the query', () => {
    expect(jaegerRedirect(`/trace/abcd...${B}`, '?source=demo&uiEmbed=v0')).toBe(
      `/compare/${A}...${B}?source=demo&uiEmbed=v0`,
    );
    expect(jaegerRedirect('/trace/abcd...1', '')).toBe(`/compare/${A}...${'0'.repeat(31)}1`);
  });
  it('reads the segment, encoded dots included', () => {
    expect(parseTraceSegment(`abcd...${B}`)).toEqual({ kind: 'compare', a: A, b: B });
    expect(jaegerRedirect(`/trace/abcd%2E%2E%2E${B}`, '')).toBe(`/compare/${A}...${B}`);
  });
  it('builds compare links', () => {
    expect(compareHref(A, B)).toBe(`/compare/${A}...${B}`);
    expect(compareHref(A, B, '?source=demo')).toBe(`/compare/${A}...${B}?source=demo`);
  });
  it('leaves other paths alone', () => {
    expect(jaegerRedirect('/dependencies', '')).toBeNull();
    expect(jaegerRedirect('/search', '?traceID=a')).toBeNull();
  });
});

describe('embedOptions (uiEmbed=v0, embed=1)', () => {
  it('reads Jaeger UI embed links', () => {
    expect(
      embedOptions(
        params('uiEmbed=v0&uiTimelineCollapseTitle=1&uiTimelineHideMinimap=1&uiTimelineHideSummary=1&uiTheme=dark'),
      ),
    ).toEqual({ embed: true, collapseTitle: true, hideMinimap: true, hideSummary: true, theme: 'dark', embedOrigin: null });
  });
  it('reads ours; theme= wins over uiTheme=', () => {
    expect(embedOptions(params('embed=1&theme=light&uiTheme=dark'))).toEqual({
      embed: true,
      collapseTitle: false,
      hideMinimap: false,
      hideSummary: false,
      theme: 'light',
      embedOrigin: null,
    });
  });
  it('is off without the flag; junk values are ignored', () => {
    expect(embedOptions(params('uiEmbed=v9&embed=0&theme=purple')).embed).toBe(false);
    expect(embedOptions(params('theme=purple')).theme).toBeNull();
  });
  it('"Open in Tracescope" drops only the embed parameters', () => {
    expect(withoutEmbedParams('?uiEmbed=v0&source=demo&uiTimelineHideMinimap=1&span=ab&embed=1&theme=dark&embedOrigin=https%3A%2F%2Fa.b')).toBe(
      '?source=demo&span=ab&theme=dark',
    );
    expect(withoutEmbedParams('embed=1')).toBe('');
  });
});
