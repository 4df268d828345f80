import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../model/span-input';
import { decodeFile } from './decode-file';

const zipkinSpan = (id: string, over: Record<string, unknown> = {}) => ({
  traceId: '00000000000000aa',
  id,
  name: 'op',
  timestamp: 1_000_000,
  duration: 10,
  localEndpoint: { serviceName: 'svc' },
  ...over,
});

const jaegerTrace = {
  traceID: 'bb',
  spans: [{ traceID: 'bb', spanID: '01', operationName: 'op', references: [], startTime: 5, duration: 1, tags: [], logs: [], processID: 'p1' }],
  processes: { p1: { serviceName: 'j', tags: [] } },
};

const otlpSpan = (spanId: string, over: Record<string, unknown> = {}) => ({
  traceId: '5B8EFFF798038103D269B633813FC60C',
  spanId,
  name: 'op',
  startTimeUnixNano: '1544712660000000000',
  endTimeUnixNano: '1544712661000000000',
  ...over,
});

const otlp = (spans: unknown[]) => ({
  resourceSpans: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: 'o' } }] }, scopeSpans: [{ scope: {}, spans }] }],
});

function errorOf(fn: () => unknown): DecodeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error('expected a DecodeError');
}

describe('decodeFile', () => {
  it('detects Zipkin, Jaeger and OTLP by shape, whatever the file name', () => {
    expect(decodeFile(JSON.stringify([zipkinSpan('01')]), 'trace.otlp.json').format).toBe('zipkin-json');
    expect(decodeFile(JSON.stringify({ data: [jaegerTrace] }), 'zipkin.json').format).toBe('jaeger-json');
    expect(decodeFile(JSON.stringify(jaegerTrace)).format).toBe('jaeger-json');
    const o = decodeFile(JSON.stringify(otlp([otlpSpan('EEE19B7EC3C1B174')])));
    expect(o.format).toBe('otlp-json');
    expect(o.traces[0]!.traceId).toBe('5b8efff798038103d269b633813fc60c');
    expect(o.traces[0]!.spans[0]!.service).toBe('o');
  });

  it('reads the OTLP wrappers: result (Jaeger v3), batches (Tempo v1), trace (Tempo v2)', () => {
    const body = otlp([otlpSpan('EEE19B7EC3C1B174')]);
    for (const json of [{ result: body }, { batches: body.resourceSpans }, { trace: body }]) {
      expect(decodeFile(JSON.stringify(json)).traces).toHaveLength(1);
    }
    expect(decodeFile('{"result": null}').traces).toEqual([]);
    expect(decodeFile('{"trace": {}}').traces).toEqual([]);
  });

  it('reads JSON Lines (collector file exporter), even in a .json file', () => {
    const lines = [otlp([otlpSpan('EEE19B7EC3C1B174')]), otlp([otlpSpan('EEE19B7EC3C1B175', { parentSpanId: 'EEE19B7EC3C1B174' })])];
    const file = decodeFile(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n`, 'export.json');
    expect(file.format).toBe('otlp-jsonl');
    expect(file.traces).toHaveLength(1);
    expect(file.traces[0]!.spans).toHaveLength(2);
    expect(file.traces[0]!.roots).toHaveLength(1);
  });

  it('builds every trace of the file, sorted by id, each noting there were several', () => {
    const file = decodeFile(JSON.stringify([[zipkinSpan('01', { traceId: 'ff' })], [zipkinSpan('02')]]));
    expect(file.traces.map((t) => t.traceId)).toEqual(['000000000000000000000000000000aa', '000000000000000000000000000000ff']);
    expect(file.traces[0]!.warnings.map((w) => w.kind)).toContain('multiple-traces');
  });

  it('accepts a UTF-8 byte order mark and an empty span list', () => {
    expect(decodeFile(`\ufeff${JSON.stringify([zipkinSpan('01')])}`).traces).toHaveLength(1);
    expect(decodeFile('[]').traces).toEqual([]);
  });

  it('says where the JSON breaks, with line and column', () => {
    const e = errorOf(() => decodeFile('{\n  "data": [\n    {"traceID": "ab",}\n  ]\n}', 'x.json'));
    expect(e.path).toBe('line 3, column 22');
    expect(e.message).toBe('x.json: not valid JSON: expected a property name in double quotes (at line 3, column 22)');
  });

  it('says what it expected for an unknown shape, and names known non-trace bodies', () => {
    expect(errorOf(() => decodeFile('{"foo": 1, "bar": 2}')).message).toMatch(/^unrecognized trace file: expected OTLP JSON.*found an object with keys "foo", "bar"$/);
    expect(errorOf(() => decodeFile('42')).message).toMatch(/found a number$/);
    expect(errorOf(() => decodeFile('{"data": [{"parent": "a", "child": "b", "callCount": 3}]}')).message).toBe(
      'this is a Jaeger /api/dependencies response, not a trace',
    );
    expect(errorOf(() => decodeFile('{"services": ["a"]}')).message).toContain('/api/v3/services');
    expect(errorOf(() => decodeFile('{"error": {"httpCode": 404, "message": "No traces found"}}')).message).toContain('No traces found');
    expect(errorOf(() => decodeFile('{"data": null, "errors": [{"code": 500, "msg": "storage down"}]}')).message).toBe(
      'this is a Jaeger error response: "storage down", not a trace',
    );
    expect(errorOf(() => decodeFile('  \n')).message).toBe('the file is empty');
  });

  it('passes decoder paths through, prefixed by the file name', () => {
    const e = errorOf(() => decodeFile(JSON.stringify([zipkinSpan('01', { timestamp: 'soon' })]), 'z.json'));
    expect(e.path).toBe('[0].timestamp');
    expect(e.message).toBe('z.json: expected a number, found a string (at [0].timestamp)');
  });
});
