import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTraces } from '../../model/build-trace';
import { DecodeError } from '../../model/span-input';
import { hostilePayloads } from '../conformance/arbitraries';
import { fixtureJson, fixtureText } from '../conformance/fixture-files';
import { decodeOtlp } from './decode';
import { decodeOtlpJsonl } from './decode-jsonl';

// Small payloads in every shape decodeOtlp accepts, so mutations reach every branch even
// without the real fixtures; the real ones join when ../shared is present.
const span = {
  traceId: '5B8EFFF798038103D269B633813FC60C',
  spanId: 'EEE19B7EC3C1B174',
  parentSpanId: 'EEE19B7EC3C1B173',
  name: 'GET /',
  kind: 2,
  startTimeUnixNano: '1544712660000000000',
  endTimeUnixNano: '1544712661000000000',
  status: { code: 2, message: 'boom' },
  attributes: [
    { key: 'i', value: { intValue: '9223372036854775807' } },
    { key: 'a', value: { arrayValue: { values: [{ stringValue: 'x' }, { doubleValue: 'NaN' }] } } },
    { key: 'm', value: { kvlistValue: { values: [{ key: 'k', value: { bytesValue: 'AAAwOQ==' } }] } } },
  ],
  events: [{ timeUnixNano: '1544712660500000000', name: 'e', attributes: [{ key: 'b', value: { boolValue: true } }] }],
  links: [{ traceId: '5B8EFFF798038103D269B633813FC60C', spanId: '0000000000000001', attributes: [] }],
};
const camel = {
  resourceSpans: [
    {
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'api' } }] },
      scopeSpans: [{ scope: { name: 'lib', version: '1' }, spans: [span, { ...span, spanId: 'EEE19B7EC3C1B173', parentSpanId: '' }] }],
    },
  ],
};
const snake = {
  resource_spans: [
    {
      resource: { attributes: [{ key: 'service.name', value: { string_value: 'loki' } }] },
      scope_spans: [
        {
          scope: {},
          spans: [
            {
              trace_id: 'AAAAAAAAAABiDwOiJTxeNw==',
              span_id: 'JP0sEuuWMZA=',
              parent_span_id: 'AAAAAAAAAAA=',
              kind: 'SPAN_KIND_CLIENT',
              start_time_unix_nano: 1616072924071839000,
              end_time_unix_nano: 1616072924071843000,
              status: { code: 'STATUS_CODE_ERROR' },
              attributes: [{ key: 'n', value: { int_value: 3, array_value: { values: [] } } }],
            },
          ],
        },
      ],
    },
  ],
};
const tempoV1 = { batches: [{ resource: {}, instrumentationLibrarySpans: [{ instrumentationLibrary: { name: 'x' }, spans: [span] }] }] };
const SEEDS: unknown[] = [camel, snake, tempoV1, { result: camel }, { trace: camel, status: 'PARTIAL', message: 'cut' }, { trace: {} }];

const REAL_SEEDS = [
  'otlp/trace.json',
  'jaeger/otlp2jaeger-in.json',
  'jaeger/FindTraces.json',
  'jaeger/link_attributes_trace.json',
  'tempo/trace-with-failed-requests.json',
  'tempo/trace-with-virtual-nodes.json',
  'grafana/tempo_mockJsonResponse.json',
  'grafana/tsdb-tempo_trace.json',
]
  .map(fixtureJson)
  .filter((x) => x !== undefined);

function resultOrDecodeError(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
  }
}

describe('OTLP decoders on damaged payloads', () => {
  it('decodeOtlp returns a payload or throws a DecodeError, nothing else (10,000 cases)', () => {
    fc.assert(
      fc.property(hostilePayloads([...SEEDS, ...REAL_SEEDS]), (json) => {
        resultOrDecodeError(() => buildTraces(decodeOtlp(json)));
      }),
      { numRuns: 10_000 },
    );
  });

  it('decodeOtlpJsonl does the same for damaged lines (2,000 cases)', () => {
    const realLines = (fixtureText('otlp/5b584103c6fc5ddf423cb2fb6552d0f0.json') ?? '').split('\n').filter(Boolean).slice(0, 2);
    const lineArb = fc.oneof(
      hostilePayloads(SEEDS).map((json) => JSON.stringify(json) ?? 'undefined'),
      fc.constantFrom(...realLines, JSON.stringify(camel)),
      fc.string({ maxLength: 30 }),
    );
    // Cut each text at a random point, as a truncated download would be.
    const textArb = fc
      .tuple(fc.array(lineArb, { maxLength: 4 }), fc.nat(), fc.boolean())
      .map(([lines, cut, truncate]) => {
        const text = lines.join('\n');
        return truncate ? text.slice(0, cut % (text.length + 1)) : text;
      });
    fc.assert(
      fc.property(textArb, (text) => {
        resultOrDecodeError(() => buildTraces(decodeOtlpJsonl(text)));
      }),
      { numRuns: 2_000 },
    );
  });
});
