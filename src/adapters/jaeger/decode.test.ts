import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../model/span-input';
import { decodeJaegerJson } from './decode';

const T16 = '2ee9739529395e31';
const T32 = `0000000000000000${T16}`;

function span(over: Record<string, unknown> = {}) {
  return {
    traceID: T16,
    spanID: 'a000000000000001',
    operationName: 'GET /',
    references: [],
    startTime: 1616095319593196,
    duration: 1004,
    tags: [],
    logs: [],
    processID: 'p1',
    warnings: null,
    ...over,
  };
}

function trace(spans: unknown[], over: Record<string, unknown> = {}) {
  return {
    traceID: T16,
    spans,
    processes: {
      p1: { serviceName: 'frontend', tags: [{ key: 'hostname', type: 'string', value: 'h1' }] },
      p2: { serviceName: 'backend', tags: [] },
    },
    warnings: null,
    ...over,
  };
}

const envelope = (traces: unknown[], errors: unknown = null) => ({ data: traces, total: 0, limit: 0, offset: 0, errors });

function only(payload: ReturnType<typeof decodeJaegerJson>) {
  expect(payload.traces.size).toBe(1);
  return [...payload.traces.values()][0]!;
}

describe('decodeJaegerJson', () => {
  it('shares one object between equal tags of different spans, and keeps distinct ones apart', () => {
    const tags = (path: string) => [
      { key: 'http.method', type: 'string', value: 'GET' },
      { key: 'http.status_code', type: 'int64', value: 200 },
      { key: 'http.url', type: 'string', value: path },
    ];
    const [a, b] = only(decodeJaegerJson(envelope([trace([span({ tags: tags('/a') }), span({ spanID: 'a000000000000002', tags: tags('/b') })])])));
    expect(b!.attributes[0]).toBe(a!.attributes[0]);
    expect(b!.attributes[1]).toBe(a!.attributes[1]);
    expect(b!.attributes[1]).toEqual({ key: 'http.status_code', value: { type: 'int', value: 200 } });
    expect(b!.attributes[2]).toEqual({ key: 'http.url', value: { type: 'string', value: '/b' } });
    expect(a!.attributes[2]).toEqual({ key: 'http.url', value: { type: 'string', value: '/a' } });
  });

  it('reads the /api/traces envelope: ids padded, service and resource from processes', () => {
    const payload = decodeJaegerJson(envelope([trace([span()])]));
    expect(payload.format).toBe('jaeger-json');
    expect([...payload.traces.keys()]).toEqual([T32]);
    const [s] = only(payload);
    expect(s).toMatchObject({
      traceId: T32,
      spanId: 'a000000000000001',
      parentSpanId: null,
      name: 'GET /',
      service: 'frontend',
      startUs: 1616095319593196,
      durationUs: 1004,
      resource: [{ key: 'hostname', value: { type: 'string', value: 'h1' } }],
      extras: { processID: 'p1' },
    });
  });

  it('left-pads ids whose leading zeros older Jaeger stripped (31 and 15 hex chars)', () => {
    const tid = 'df84e36b9e2ee3815d07f0867a5be1f';
    const payload = decodeJaegerJson(trace([span({ traceID: tid, spanID: 'a68c6983a6d81a2' })], { traceID: tid }));
    const [s] = only(payload);
    expect(s!.traceId).toBe(`0${tid}`);
    expect(s!.spanId).toBe('0a68c6983a6d81a2');
  });

  it('types tags and keeps int64 beyond 2^53 as its exact decimal string', () => {
    const tags = [
      { key: 's', type: 'string', value: 'x' },
      { key: 'b', type: 'bool', value: true },
      { key: 'i', type: 'int64', value: 23456 },
      { key: 'big', type: 'int64', value: '9223372036854775222' },
      { key: 'f', type: 'float64', value: 72.5 },
      { key: 'bin', type: 'binary', value: 'AAAwOQ==' },
      { key: 'untyped', value: 3 },
    ];
    const [s] = only(decodeJaegerJson(trace([span({ tags })])));
    expect(s!.attributes).toEqual([
      { key: 's', value: { type: 'string', value: 'x' } },
      { key: 'b', value: { type: 'bool', value: true } },
      { key: 'i', value: { type: 'int', value: 23456 } },
      { key: 'big', value: { type: 'int', value: '9223372036854775222' } },
      { key: 'f', value: { type: 'double', value: 72.5 } },
      { key: 'bin', value: { type: 'bytes', value: 'AAAwOQ==' } },
      { key: 'untyped', value: { type: 'int', value: 3 } },
    ]);
  });

  it('takes the first CHILD_OF of the same trace as parent; other references become links', () => {
    const refs = [
      { refType: 'CHILD_OF', traceID: '00000000000000ff', spanID: '00000000000000ff' },
      { refType: 'CHILD_OF', traceID: T16, spanID: 'a000000000000002' },
      { refType: 'FOLLOWS_FROM', traceID: T16, spanID: 'a000000000000003' },
    ];
    const [s] = only(decodeJaegerJson(trace([span({ references: refs })])));
    expect(s!.parentSpanId).toBe('a000000000000002');
    expect(s!.links).toEqual([
      { traceId: '000000000000000000000000000000ff', spanId: '00000000000000ff', kind: 'child_of', attributes: [] },
      { traceId: T32, spanId: 'a000000000000003', kind: 'follows_from', attributes: [] },
    ]);
  });

  it('falls back to the first FOLLOWS_FROM when there is no CHILD_OF in the trace', () => {
    const refs = [{ refType: 'FOLLOWS_FROM', traceID: T16, spanID: 'a000000000000009' }];
    const [s] = only(decodeJaegerJson(trace([span({ references: refs })])));
    expect(s!.parentSpanId).toBe('a000000000000009');
    expect(s!.links).toEqual([]);
  });

  it('reads kind from span.kind and status from otel.status_code or the error tag', () => {
    const spans = [
      span({ spanID: '01', tags: [{ key: 'span.kind', type: 'string', value: 'client' }, { key: 'error', type: 'bool', value: true }] }),
      span({ spanID: '02', tags: [{ key: 'error', type: 'bool', value: 'true' }] }),
      span({ spanID: '03', tags: [{ key: 'otel.status_code', type: 'string', value: 'ERROR' }, { key: 'otel.status_description', type: 'string', value: 'boom' }] }),
      span({ spanID: '04', tags: [{ key: 'otel.status_code', type: 'string', value: 'OK' }, { key: 'span.kind', type: 'string', value: 'SERVER' }] }),
      span({ spanID: '05', tags: [{ key: 'error', type: 'bool', value: false }] }),
    ];
    const list = only(decodeJaegerJson(trace(spans)));
    expect(list.map((s) => [s.kind, s.status])).toEqual([
      ['client', { code: 'error' }],
      ['unspecified', { code: 'error' }],
      ['unspecified', { code: 'error', message: 'boom' }],
      ['server', { code: 'ok' }],
      ['unspecified', { code: 'unset' }],
    ]);
    expect(list[1]!.attributes[0]!.value).toEqual({ type: 'bool', value: true });
  });

  it('turns logs into events named by their event or message field', () => {
    const logs = [
      { timestamp: 10, fields: [{ key: 'event', type: 'string', value: 'retry' }, { key: 'n', type: 'int64', value: 2 }] },
      { timestamp: 11, fields: [{ key: 'message', type: 'string', value: 'hello' }] },
      { timestamp: 12, fields: [{ key: 'x', type: 'string', value: 'y' }] },
      { fields: [] },
    ];
    const [s] = only(decodeJaegerJson(trace([span({ logs, startTime: 5 })])));
    expect(s!.events).toEqual([
      { timeUs: 10, name: 'retry', attributes: [{ key: 'n', value: { type: 'int', value: 2 } }] },
      { timeUs: 11, name: 'hello', attributes: [] },
      { timeUs: 12, name: 'log', attributes: [{ key: 'x', value: { type: 'string', value: 'y' } }] },
      { timeUs: 5, name: 'log', attributes: [] },
    ]);
    expect(s!.warnings.map((w) => w.kind)).toEqual(['missing-timestamp']);
  });

  it('keeps backend warnings: span ones on the span, trace ones per trace, envelope errors on the payload', () => {
    const payload = decodeJaegerJson(
      envelope([trace([span({ warnings: ['clock skew adjusted'] })], { warnings: ['trace too big'] })], [
        { code: 404, msg: 'trace not found', traceID: 'abc' },
      ]),
    );
    const [s] = only(payload);
    expect(s!.warnings).toEqual([{ kind: 'source-warning', message: 'clock skew adjusted' }]);
    expect(payload.traceWarnings?.get(T32)).toEqual([{ kind: 'source-warning', message: 'trace too big' }]);
    expect(payload.warnings).toEqual([{ kind: 'source-warning', message: 'Jaeger reported an error 404: trace not found (trace abc)' }]);
  });

  it('describes odd envelope error entries without throwing', () => {
    const payload = decodeJaegerJson(envelope([], [{ code: Object.create(null), msg: 'x' }, 'plain']));
    expect(payload.warnings.map((w) => w.message)).toEqual(['Jaeger reported an error {}: x', 'Jaeger reported an error: plain']);
  });

  it('keeps flags in extras and leaves missing times null', () => {
    const [s] = only(decodeJaegerJson(trace([span({ flags: 1, startTime: undefined, duration: null })])));
    expect(s!.extras).toMatchObject({ flags: 1 });
    expect(s!.startUs).toBeNull();
    expect(s!.durationUs).toBeNull();
  });

  it('reads an array of spans with inline process (anonymizer files)', () => {
    const spans = [
      span({ processID: undefined, process: { serviceName: 'a', tags: [] } }),
      span({ spanID: 'a000000000000002', processID: undefined, process: { serviceName: 'b', tags: [] } }),
    ];
    const list = only(decodeJaegerJson(spans));
    expect(list.map((s) => s.service)).toEqual(['a', 'b']);
  });

  it('groups a search result by trace id and merges a trace listed twice', () => {
    const other = 'ffffffffffffffff';
    const payload = decodeJaegerJson(
      envelope([trace([span()]), trace([span({ traceID: other })], { traceID: other }), trace([span({ spanID: 'a000000000000002' })])]),
    );
    expect([...payload.traces.keys()].sort()).toEqual([T32, `0000000000000000${other}`]);
    expect(payload.traces.get(T32)).toHaveLength(2);
  });

  it('reads the api_v2 model JSON: base64 ids, RFC 3339 times, duration strings, vType tags', () => {
    const payload = decodeJaegerJson({
      spans: [
        {
          traceId: 'AAAAAAAAAAAAAAAAAAAAAQ==',
          spanId: 'AAAAAAAAAAM=',
          operationName: 'op',
          references: [{ traceId: 'AAAAAAAAAAAAAAAAAAAAAQ==', spanId: 'AAAAAAAAAAI=' }],
          startTime: '2017-01-26T16:46:31.639875139-05:00',
          duration: '5000ns',
          tags: [{ key: 'error', vType: 'BOOL', vBool: true }, { key: 'n', vType: 'INT64', vInt64: '12' }, { key: 's', vStr: 'x' }],
          process: { serviceName: 'svc', tags: [] },
          warnings: ['w'],
        },
      ],
      warnings: ['tw'],
    });
    const [s] = only(payload);
    expect(s).toMatchObject({
      traceId: '00000000000000000000000000000001',
      spanId: '0000000000000003',
      parentSpanId: '0000000000000002',
      service: 'svc',
      durationUs: 5,
      status: { code: 'error' },
    });
    expect(Math.floor(s!.startUs!)).toBe(1485467191639875);
    expect(s!.attributes.map((a) => a.value)).toEqual([
      { type: 'bool', value: true },
      { type: 'int', value: 12 },
      { type: 'string', value: 'x' },
    ]);
    expect(payload.traceWarnings?.get('00000000000000000000000000000001')).toHaveLength(1);
  });

  it('keeps a span whose id is junk, with an invalid-id warning', () => {
    const [s] = only(decodeJaegerJson(trace([span({ spanID: 'not-an-id' })])));
    expect(s!.spanId).toBe('not-an-id');
    expect(s!.warnings.map((w) => w.kind)).toEqual(['invalid-id']);
  });

  it('warns when a processID is not in processes', () => {
    const [s] = only(decodeJaegerJson(trace([span({ processID: 'p9' })])));
    expect(s!.service).toBe('unknown_service');
    expect(s!.warnings[0]!.message).toContain('p9');
  });

  it.each([
    [trace([span({ startTime: 'soon' })]), 'spans[0].startTime'],
    [trace([span({ spanID: undefined })]), 'spans[0]'],
    [trace([span({ tags: [{ key: 'k', type: 'string', value: { a: 1 } }] })]), 'spans[0].tags[0].value'],
    [envelope([trace([span({ references: 'x' })])]), 'data[0].spans[0].references'],
    [trace([span()], { processes: [] }), 'processes'],
  ])('fails with a DecodeError saying where (%#)', (json, path) => {
    const error = (() => {
      try {
        decodeJaegerJson(json);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).path).toBe(path);
  });

  it('rejects shapes that are not Jaeger JSON', () => {
    expect(() => decodeJaegerJson({ foo: 1 })).toThrow(/expected Jaeger JSON/);
    expect(() => decodeJaegerJson('x')).toThrow(DecodeError);
  });
});
