import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTraces } from '../../model/build-trace';
import { DecodeError } from '../../model/span-input';
import { hostilePayloads } from '../conformance/arbitraries';
import { fixtureJson } from '../conformance/fixture-files';
import { JAEGER_SEEDS } from '../conformance/seed-payloads';
import { decodeJaegerJson } from './decode';

const REAL_SEEDS = ['jaeger/ui_01.json', 'jaeger/trace_success.json', 'jaeger/domain_01.json', 'grafana/jaeger_mockJsonResponse.json', 'jaeger-ui/testTraceNormal.json']
  .map(fixtureJson)
  .filter((x) => x !== undefined);

describe('decodeJaegerJson on damaged payloads', () => {
  it('returns a payload or throws a DecodeError, nothing else (10,000 cases)', () => {
    fc.assert(
      fc.property(hostilePayloads([...JAEGER_SEEDS, ...REAL_SEEDS]), (json) => {
        try {
          buildTraces(decodeJaegerJson(json));
        } catch (error) {
          if (!(error instanceof DecodeError)) throw error;
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
