import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../model/span-input';
import { readSearchSummaries, readTagKeys, readTagValues, ROOT_NOT_RECEIVED } from './read-responses';

describe('readSearchSummaries', () => {
  it('turns Tempo search hits into summaries', () => {
    const { summaries, skipped } = readSearchSummaries({
      traces: [
        {
          traceID: '2f3e0cee77ae5dc9c17ade3689eb2e54', // 32 chars
          rootServiceName: 'shop-backend',
          rootTraceName: 'update-billing',
          startTimeUnixNano: '1684778327699392724',
          durationMs: 557,
          spanSets: [{ spans: [{ spanID: '563d623c76514f8e', startTimeUnixNano: '1684778327735077898', durationNanos: '446979497' }], matched: 1 }],
          serviceStats: { 'shop-backend': { spanCount: 4, errorCount: 1 }, 'auth-service': { spanCount: 2 } },
        },
        // leading zeros stripped, no durationMs (< 1 ms), root missing, no serviceStats
        { traceID: '1d5a5d5c1bcd04', startTimeUnixNano: '1684778327000000001' },
      ],
      metrics: { inspectedBytes: '1234' },
    });
    expect(skipped).toBe(0);
    expect(summaries[0]).toEqual({
      traceId: '2f3e0cee77ae5dc9c17ade3689eb2e54',
      rootService: 'shop-backend',
      rootName: 'update-billing',
      startUs: 1684778327699392.724,
      durationUs: 557000,
      spanCount: 6,
      errorCount: 1,
      services: [
        { name: 'auth-service', spanCount: 2, errorCount: 0 },
        { name: 'shop-backend', spanCount: 4, errorCount: 1 },
      ],
    });
    expect(summaries[1]).toMatchObject({
      traceId: '0000000000000000001d5a5d5c1bcd04',
      rootService: ROOT_NOT_RECEIVED,
      rootName: '',
      durationUs: 0,
      spanCount: 0,
      services: [],
    });
  });

  it('absent traces = nothing matched; bad ids are skipped and counted', () => {
    expect(readSearchSummaries({ metrics: {} })).toEqual({ summaries: [], skipped: 0 });
    expect(readSearchSummaries({ traces: [{ traceID: 'not-hex!' }] })).toEqual({ summaries: [], skipped: 1 });
  });

  it('wrong shapes are DecodeErrors that say where', () => {
    expect(() => readSearchSummaries([])).toThrow(DecodeError);
    expect(() => readSearchSummaries({ traces: {} })).toThrow(/traces/);
    expect(() => readSearchSummaries({ traces: [{ traceID: 'ab', startTimeUnixNano: 'soon' }] })).toThrow(
      /traces\[0\]\.startTimeUnixNano/,
    );
  });
});

describe('tag endpoints', () => {
  it('reads v2 tag values, missing = empty', () => {
    expect(readTagValues({ tagValues: [{ type: 'string', value: 'b' }, { type: 'string', value: 'a' }, { type: 'int', value: 3 }] })).toEqual([
      '3',
      'a',
      'b',
    ]);
    expect(readTagValues({ metrics: {} })).toEqual([]);
  });

  it('prefixes tag names with their scope, intrinsics bare', () => {
    expect(
      readTagKeys({
        scopes: [
          { name: 'resource', tags: ['service.name', 'k8s.pod.name'] },
          { name: 'span', tags: ['http.method'] },
          { name: 'intrinsic', tags: ['duration', 'name', 'status'] },
        ],
      }),
    ).toEqual(['duration', 'name', 'resource.k8s.pod.name', 'resource.service.name', 'span.http.method', 'status']);
    expect(readTagKeys({})).toEqual([]);
  });
});
