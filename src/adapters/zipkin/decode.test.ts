import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../model/span-input';
import { decodeZipkin } from './decode';

const TID = '5aab74dbb904746b';
const T32 = `0000000000000000${TID}`;

function span(over: Record<string, unknown> = {}) {
  return {
    traceId: TID,
    id: 'b33447baae403ed6',
    kind: 'SERVER',
    name: 'get /',
    timestamp: 1521186011926119,
    duration: 2839,
    localEndpoint: { serviceName: 'frontend', ipv6: '::1', port: 8081 },
    tags: { 'http.path': '/' },
    ...over,
  };
}

function spansOf(json: unknown) {
  const payload = decodeZipkin(json);
  expect(payload.traces.size).toBe(1);
  return [...payload.traces.values()][0]!;
}

describe('decodeZipkin', () => {
  it('shares one object between equal tags of different spans, and keeps distinct ones apart', () => {
    const [a, b] = spansOf([
      span({ tags: { component: 'http', 'http.path': '/a' } }),
      span({ id: 'b33447baae403ed7', tags: { component: 'http', 'http.path': '/b' } }),
    ]);
    expect(b!.attributes[0]).toBe(a!.attributes[0]);
    expect(b!.attributes[1]).not.toBe(a!.attributes[1]);
    expect(b!.attributes[1]).toEqual({ key: 'http.path', value: { type: 'string', value: '/b' } });
  });

  it('reads a span array: ids, kind, service, times, tags', () => {
    const [s] = spansOf([span()]);
    expect(s).toMatchObject({
      traceId: T32,
      spanId: 'b33447baae403ed6',
      parentSpanId: null,
      name: 'get /',
      service: 'frontend',
      kind: 'server',
      startUs: 1521186011926119,
      durationUs: 2839,
      status: { code: 'unset' },
    });
    expect(s!.attributes[0]).toEqual({ key: 'http.path', value: { type: 'string', value: '/' } });
  });

  it('maps the four kinds and leaves others unspecified, keeping the raw kind', () => {
    const kinds = ['CLIENT', 'SERVER', 'PRODUCER', 'CONSUMER', undefined, 'WEIRD'];
    const list = spansOf(kinds.map((kind, i) => span({ id: `000000000000000${i + 1}`, kind })));
    expect(list.map((s) => s.kind)).toEqual(['client', 'server', 'producer', 'consumer', 'unspecified', 'unspecified']);
    expect(list[5]!.extras.kind).toBe('WEIRD');
  });

  it('treats an error tag of any value, even empty, as an error with that message', () => {
    const list = spansOf([
      span({ id: '01', tags: { error: '401' } }),
      span({ id: '02', tags: { error: '' } }),
      span({ id: '03', tags: { error: 'false' } }),
    ]);
    expect(list.map((s) => s.status)).toEqual([
      { code: 'error', message: '401' },
      { code: 'error' },
      { code: 'error', message: 'false' },
    ]);
  });

  it('reads the OpenTelemetry exporter\'s otel.status_code (ERROR without an error tag, OK)', () => {
    // As the OTel JS Zipkin exporter writes them: `error` only when the status has a message.
    const list = spansOf([
      span({ id: '01', tags: { 'otel.status_code': 'ERROR', 'http.response.status_code': '404' } }),
      span({ id: '02', tags: { 'otel.status_code': 'ERROR', error: 'provider unavailable' } }),
      span({ id: '03', tags: { 'otel.status_code': 'ERROR', 'otel.status_description': 'timed out' } }),
      span({ id: '04', tags: { 'otel.status_code': 'OK' } }),
      span({ id: '05', tags: { 'otel.status_code': 'UNSET' } }),
    ]);
    expect(list.map((s) => s.status)).toEqual([
      { code: 'error' },
      { code: 'error', message: 'provider unavailable' },
      { code: 'error', message: 'timed out' },
      { code: 'ok' },
      { code: 'unset' },
    ]);
  });

  it('turns annotations into events and warns about one without a timestamp', () => {
    const [s] = spansOf([span({ annotations: [{ timestamp: 1521186011926200, value: 'ws' }, { value: 'wr' }] })]);
    expect(s!.events).toEqual([
      { timeUs: 1521186011926200, name: 'ws', attributes: [] },
      { timeUs: 1521186011926119, name: 'wr', attributes: [] },
    ]);
    expect(s!.warnings.map((w) => w.kind)).toEqual(['missing-timestamp']);
  });

  it('keeps endpoints in extras and as peer/host attributes unless a tag already says so', () => {
    const [s] = spansOf([
      span({
        kind: 'CLIENT',
        localEndpoint: { serviceName: 'frontend', ipv4: '10.0.0.1' },
        remoteEndpoint: { serviceName: 'rabbitmq', ipv4: '10.0.0.2', port: 5672 },
        tags: { 'net.peer.ip': 'tagged' },
      }),
    ]);
    expect(s!.extras).toEqual({
      'localEndpoint.serviceName': 'frontend',
      'localEndpoint.ipv4': '10.0.0.1',
      'remoteEndpoint.serviceName': 'rabbitmq',
      'remoteEndpoint.ipv4': '10.0.0.2',
      'remoteEndpoint.port': 5672,
    });
    expect(s!.attributes).toEqual([
      { key: 'net.peer.ip', value: { type: 'string', value: 'tagged' } },
      { key: 'peer.service', value: { type: 'string', value: 'rabbitmq' } },
      { key: 'net.peer.port', value: { type: 'int', value: 5672 } },
      { key: 'net.host.ip', value: { type: 'string', value: '10.0.0.1' } },
    ]);
  });

  it('marks a shared SERVER span as the server half; shared on other kinds only goes to extras', () => {
    const list = spansOf([
      span({ kind: 'CLIENT', parentId: 'aaaaaaaaaaaaaaaa' }),
      span({ shared: true, parentId: 'aaaaaaaaaaaaaaaa' }),
      span({ id: '02', kind: 'CLIENT', shared: true, debug: true }),
    ]);
    expect(list.map((s) => s.sharedServerHalf ?? false)).toEqual([false, true, false]);
    expect(list[1]!.extras.shared).toBe(true);
    expect(list[2]!.extras).toMatchObject({ shared: true, debug: true });
  });

  it('leaves missing timestamp and duration null and the service empty when unnamed', () => {
    const [s] = spansOf([span({ timestamp: undefined, duration: undefined, localEndpoint: { ipv4: '169.254.65.45' } })]);
    expect(s!.startUs).toBeNull();
    expect(s!.durationUs).toBeNull();
    expect(s!.service).toBe('unknown_service');
  });

  it('reads an array of traces (search) and a lone span object', () => {
    const payload = decodeZipkin([[span()], [span({ traceId: 'ffffffffffffffffffffffffffffffff' })], []]);
    expect([...payload.traces.keys()].sort()).toEqual([T32, 'ffffffffffffffffffffffffffffffff']);
    expect(spansOf(span())).toHaveLength(1);
  });

  it('keeps the parent id normalized, and an empty parent id means none', () => {
    const list = spansOf([span({ parentId: 'ABC' }), span({ id: '02', parentId: '' })]);
    expect(list.map((s) => s.parentSpanId)).toEqual(['0000000000000abc', null]);
  });

  it.each([
    [[span({ timestamp: 'later' })], '[0].timestamp'],
    [[span({ id: undefined })], '[0]'],
    [[[span()], [span({ tags: { a: { b: 1 } } })]], '[1][0].tags.a'],
    [[span({ localEndpoint: 'x' })], '[0].localEndpoint'],
    [[span({ annotations: [{ timestamp: 1, value: [] }] })], '[0].annotations[0].value'],
    [[1], '[0]'],
  ])('fails with a DecodeError saying where (%#)', (json, path) => {
    let error: unknown;
    try {
      decodeZipkin(json);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).path).toBe(path);
  });

  it('rejects what is not Zipkin JSON', () => {
    expect(() => decodeZipkin({ data: [] })).toThrow(/expected Zipkin v2 JSON/);
  });
});
