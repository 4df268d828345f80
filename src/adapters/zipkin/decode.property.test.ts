import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTraces } from '../../model/build-trace';
import { DecodeError } from '../../model/span-input';
import { hostilePayloads } from '../conformance/arbitraries';
import { fixtureJson } from '../conformance/fixture-files';
import { ZIPKIN_SEEDS } from '../conformance/seed-payloads';
import { decodeZipkin } from './decode';

const REAL_SEEDS = ['zipkin/skew.json', 'zipkin/yelp.json', 'zipkin/zipkin2-client.json', 'zipkin/envoy.json', 'zipkin/messaging.json']
  .map(fixtureJson)
  .filter((x) => x !== undefined);

describe('decodeZipkin on damaged payloads', () => {
  it('returns a payload or throws a DecodeError, nothing else (10,000 cases)', () => {
    fc.assert(
      fc.property(hostilePayloads([...ZIPKIN_SEEDS, ...REAL_SEEDS]), (json) => {
        try {
          buildTraces(decodeZipkin(json));
        } catch (error) {
          if (!(error instanceof DecodeError)) throw error;
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
