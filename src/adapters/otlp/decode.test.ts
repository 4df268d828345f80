import { describe, expect, it } from 'vitest';
import { buildTraces } from '../../model/build-trace';
import { DecodeError, type SpanInput } from '../../model/span-input';
import { decodeOtlp } from './decode';

const TRACE_HEX = '5b8efff798038103d269b633813fc60c';

function request(spans: unknown[], resource: unknown = { attributes: [{ key: 'service.name', value: { stringValue: 'api' } }] }) {
  return { resourceSpans: [{ resource, scopeSpans: [{ scope: { name: 'lib', version: '1.2' }, spans }] }] };
}

function onlySpans(json: unknown): SpanInput[] {
  const payload = decodeOtlp(json);
  return [...payload.traces.values()].flat();
}

function decodeError(fn: () => unknown): DecodeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
  throw new Error('expected a DecodeError');
}

describe('decodeOtlp: spans', () => {
  it('reads a camelCase span with hex ids, times, kind, status and scope', () => {
    const [span] = onlySpans(
      request([
        {
          traceId: TRACE_HEX.toUpperCase(),
          spanId: 'EEE19B7EC3C1B174',
          parentSpanId: 'EEE19B7EC3C1B173',
          name: 'GET /',
          kind: 2,
          startTimeUnixNano: '1544712660000000001',
          endTimeUnixNano: '1544712660000000002',
          status: { code: 2, message: 'boom' },
          traceState: 'k=v',
        },
      ]),
    );
    expect(span).toMatchObject({
      traceId: TRACE_HEX,
      spanId: 'eee19b7ec3c1b174',
      parentSpanId: 'eee19b7ec3c1b173',
      name: 'GET /',
      service: 'api',
      kind: 'server',
      startUs: 1544712660000000.001,
      status: { code: 'error', message: 'boom' },
      scope: { name: 'lib', version: '1.2', attributes: [] },
      extras: { traceState: 'k=v' },
      warnings: [],
    });
    // 1 ns, taken exactly from the strings, not from two rounded µs doubles.
    expect(span!.durationUs).toBe(0.001);
  });

  it('reads snake_case with base64 ids, numeric nanos, enum names and an all-zero parent', () => {
    const [span] = onlySpans({
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
                  name: 'x',
                  kind: 'SPAN_KIND_CLIENT',
                  start_time_unix_nano: 1616072924071839000,
                  end_time_unix_nano: 1616072924071843000,
                  status: { code: 'STATUS_CODE_OK' },
                },
              ],
            },
          ],
        },
      ],
    });
    expect(span).toMatchObject({
      traceId: '0000000000000000620f03a2253c5e37',
      spanId: '24fd2c12eb963190',
      parentSpanId: null,
      service: 'loki',
      kind: 'client',
      status: { code: 'ok' },
      scope: null,
    });
    expect(span!.durationUs).toBeCloseTo(4, 3);
  });

  it('types attribute values, keeping 64-bit ints exact', () => {
    const [span] = onlySpans(
      request([
        {
          traceId: TRACE_HEX,
          spanId: '0000000000000001',
          attributes: [
            { key: 's', value: { stringValue: 'a' } },
            { key: 'b', value: { boolValue: true } },
            { key: 'small', value: { intValue: '42' } },
            { key: 'big', value: { intValue: '9223372036854775807' } },
            { key: 'num', value: { intValue: 7 } },
            { key: 'd', value: { doubleValue: 1.5 } },
            { key: 'nan', value: { doubleValue: 'NaN' } },
            { key: 'bytes', value: { bytesValue: 'AAAwOQ==' } },
            { key: 'arr', value: { arrayValue: { values: [{ stringValue: 'x' }, { intValue: '1' }] } } },
            { key: 'map', value: { kvlistValue: { values: [{ key: 'k', value: { boolValue: false } }] } } },
            { key: 'empty', value: {} },
          ],
        },
      ]),
    );
    const byKey = Object.fromEntries(span!.attributes.map((a) => [a.key, a.value]));
    expect(byKey).toEqual({
      s: { type: 'string', value: 'a' },
      b: { type: 'bool', value: true },
      small: { type: 'int', value: 42 },
      big: { type: 'int', value: '9223372036854775807' },
      num: { type: 'int', value: 7 },
      d: { type: 'double', value: 1.5 },
      nan: { type: 'double', value: NaN },
      bytes: { type: 'bytes', value: 'AAAwOQ==' },
      arr: { type: 'array', value: [{ type: 'string', value: 'x' }, { type: 'int', value: 1 }] },
      map: { type: 'map', value: [{ key: 'k', value: { type: 'bool', value: false } }] },
      empty: { type: 'string', value: '' },
    });
  });

  it('reads events and links, warning about link ids that are not ids', () => {
    const [span] = onlySpans(
      request([
        {
          traceId: TRACE_HEX,
          spanId: '0000000000000001',
          startTimeUnixNano: '1000000',
          endTimeUnixNano: '2000000',
          events: [{ timeUnixNano: '1500000', name: 'retry', attributes: [{ key: 'n', value: { intValue: '2' } }] }, {}],
          links: [
            { traceId: TRACE_HEX, spanId: '0000000000000009', attributes: [] },
            { traceId: 'traceId', spanId: 'spanId' },
          ],
        },
      ]),
    );
    expect(span!.events).toEqual([
      { timeUs: 1500, name: 'retry', attributes: [{ key: 'n', value: { type: 'int', value: 2 } }] },
      { timeUs: 1000, name: '', attributes: [] },
    ]);
    expect(span!.links[0]).toEqual({ traceId: TRACE_HEX, spanId: '0000000000000009', kind: 'link', attributes: [] });
    expect(span!.links[1]!.kind).toBe('link');
    expect(span!.warnings.map((w) => w.kind)).toEqual(['invalid-id', 'invalid-id']);
    expect(span!.warnings[0]!.message).toContain('link 2');
  });

  it('keeps spans with junk ids, with a warning', () => {
    const [span] = onlySpans(request([{ traceId: TRACE_HEX, spanId: 'not-an-id', parentSpanId: '??' }]));
    expect(span!.warnings.map((w) => w.kind)).toEqual(['invalid-id', 'invalid-id']);
    expect(span!.spanId).toBe('not-an-id');
    expect(span!.parentSpanId).toBe('??');
  });

  it('falls back to unknown_service without a service.name', () => {
    const spans = onlySpans({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: TRACE_HEX, spanId: '01' }] }] }] });
    expect(spans[0]!.service).toBe('unknown_service');
    expect(spans[0]!.startUs).toBeNull();
    expect(spans[0]!.durationUs).toBeNull();
  });

  it('shares one object between equal attributes of different spans (fewer live objects on big traces)', () => {
    const attributes = (path: string) => [
      { key: 'http.request.method', value: { stringValue: 'GET' } },
      { key: 'http.response.status_code', value: { intValue: '200' } },
      { key: 'url.path', value: { stringValue: path } },
    ];
    const [a, b] = onlySpans(
      request([
        { traceId: TRACE_HEX, spanId: '0000000000000001', attributes: attributes('/a') },
        { traceId: TRACE_HEX, spanId: '0000000000000002', attributes: attributes('/b') },
      ]),
    );
    expect(b!.attributes[0]).toBe(a!.attributes[0]);
    expect(b!.attributes[1]).toBe(a!.attributes[1]);
    expect(b!.attributes[1]!.value).toEqual({ type: 'int', value: 200 });
    expect(b!.attributes[2]).not.toBe(a!.attributes[2]);
    expect(b!.attributes[2]!.value).toEqual({ type: 'string', value: '/b' });
  });
});

describe('decodeOtlp: envelopes', () => {
  const body = request([{ traceId: TRACE_HEX, spanId: '0000000000000001' }]);

  it('unwraps Jaeger /api/v3 {result}', () => {
    const payload = decodeOtlp({ result: body });
    expect(payload.format).toBe('otlp-json');
    expect([...payload.traces.keys()]).toEqual([TRACE_HEX]);
  });

  it('reads Tempo v1 batches with instrumentationLibrarySpans', () => {
    const payload = decodeOtlp({
      batches: [{ resource: {}, instrumentationLibrarySpans: [{ instrumentationLibrary: { name: 'old' }, spans: [{ traceId: TRACE_HEX, spanId: '02' }] }] }],
    });
    expect(payload.format).toBe('tempo-json');
    expect(payload.traces.get(TRACE_HEX)![0]!.scope).toEqual({ name: 'old', attributes: [] });
    expect(decodeOtlp({ batches: [] }, 'otlp-json').format).toBe('otlp-json');
  });

  it('marks every trace of a PARTIAL Tempo v2 answer as truncated', () => {
    const payload = decodeOtlp({ trace: body, status: 'PARTIAL', message: 'limit reached' });
    const [trace] = buildTraces(payload);
    expect(trace!.warnings[0]).toEqual({ kind: 'truncated', message: 'Tempo returned a partial trace: limit reached.', spanIndices: [] });
    expect(decodeOtlp({ trace: body }).traceWarnings).toBeUndefined();
  });

  it('decodes an empty Tempo v2 answer and an empty request to zero traces', () => {
    expect(decodeOtlp({ trace: {} }).traces.size).toBe(0);
    expect(decodeOtlp({}).traces.size).toBe(0);
    expect(decodeOtlp({ resourceSpans: [] }).traces.size).toBe(0);
    expect(decodeOtlp({ result: { resourceSpans: [{ resource: {}, scopeSpans: [] }] } }).traces.size).toBe(0);
  });

  it('groups spans by trace id', () => {
    const payload = decodeOtlp(
      request([
        { traceId: 'b'.repeat(32), spanId: '01' },
        { traceId: 'a'.repeat(32), spanId: '02' },
        { traceId: 'b'.repeat(32), spanId: '03' },
      ]),
    );
    expect([...payload.traces].map(([id, spans]) => [id, spans.length])).toEqual([
      ['b'.repeat(32), 2],
      ['a'.repeat(32), 1],
    ]);
  });
});

describe('decodeOtlp: errors say where', () => {
  it('names the path of a wrongly typed field', () => {
    const json = {
      resourceSpans: [
        {
          scopeSpans: [
            { spans: [] },
            { spans: [{}, {}, {}, { traceId: TRACE_HEX, spanId: 12 }] },
          ],
        },
      ],
    };
    expect(decodeError(() => decodeOtlp(json)).path).toBe('resourceSpans[0].scopeSpans[1].spans[3].spanId');
    expect(decodeError(() => decodeOtlp({ resource_spans: [{ scope_spans: [{ spans: [{ start_time_unix_nano: 'soon' }] }] }] })).path).toBe(
      'resource_spans[0].scope_spans[0].spans[0].start_time_unix_nano',
    );
    expect(decodeError(() => decodeOtlp({ result: request([{ attributes: [{ key: 'k', value: { intValue: '1.5' } }] }]) })).path).toBe(
      'result.resourceSpans[0].scopeSpans[0].spans[0].attributes[0].value.intValue',
    );
  });

  it('rejects what is not OTLP', () => {
    expect(decodeError(() => decodeOtlp([])).message).toContain('expected an OTLP JSON object');
    expect(decodeError(() => decodeOtlp({ data: [] })).message).toContain('not an OTLP trace payload');
    expect(decodeError(() => decodeOtlp({ resourceSpans: {} })).path).toBe('resourceSpans');
    expect(decodeError(() => decodeOtlp({ error: { httpCode: 404, message: 'trace not found' } })).message).toContain('trace not found');
  });

  it('bounds attribute nesting', () => {
    let value: unknown = { stringValue: 'x' };
    for (let i = 0; i < 1000; i++) value = { arrayValue: { values: [value] } };
    const error = decodeError(() => decodeOtlp(request([{ traceId: TRACE_HEX, spanId: '01', attributes: [{ key: 'deep', value }] }])));
    expect(error.message).toContain('nested deeper');
  });
});
