import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../model/span-input';
import { bushyOtlpTrace } from '../otlp/bushy-trace';
import { decodeFile, openFile } from './decode-file';
import { createFileAdapter } from './file-adapter';
import type { LoadProgress } from '../contract';
import type { Trace } from '../../model/types';
import { micros } from '../../lib/units';

const T = '5b8aa5a2d2c872e8321cf37308d69df2';
const hex = (n: number) => n.toString(16).padStart(16, '0');

/** The same bushy tree of `count` spans in each format a file can hold. */
function big(format: 'otlp' | 'jaeger' | 'zipkin', count = 12_000): string {
  if (format === 'otlp') return JSON.stringify(bushyOtlpTrace(T, count));
  const spans = Array.from({ length: count }, (_, i) => ({ i, parent: i === 0 ? null : hex(Math.floor((i - 1) / 4) + 1), start: 1_763_780_000_000_000 + (i % 89), duration: 1000 - (i % 31) }));
  if (format === 'zipkin') {
    return JSON.stringify(spans.map((s) => ({ traceId: T, id: hex(s.i + 1), ...(s.parent ? { parentId: s.parent } : {}), name: `op ${s.i % 7}`, timestamp: s.start, duration: s.duration, localEndpoint: { serviceName: `svc-${s.i % 3}` } })));
  }
  const trace = {
    traceID: T,
    spans: spans.map((s) => ({ traceID: T, spanID: hex(s.i + 1), operationName: `op ${s.i % 7}`, references: s.parent ? [{ refType: 'CHILD_OF', traceID: T, spanID: s.parent }] : [], startTime: s.start, duration: s.duration, tags: [], logs: [], processID: `p${s.i % 3}` })),
    processes: { p0: { serviceName: 'a', tags: [] }, p1: { serviceName: 'b', tags: [] }, p2: { serviceName: 'c', tags: [] } },
  };
  return JSON.stringify({ data: [trace] });
}

describe('openFile', () => {
  it.each(['otlp', 'jaeger', 'zipkin'] as const)('previews a file holding one big %s trace: the full decode’s first rows, and then that decode', (format) => {
    const text = big(format);
    const opened = openFile(text, 'big.json');
    if (opened.kind !== 'previewed') throw new Error(`not previewed: ${format}`);
    const whole = decodeFile(text, 'big.json');
    const decoded = opened.decode();
    expect(decoded).toEqual(whole);
    expect(opened.traceId).toBe(T);
    expect(opened.format).toBe(whole.format);
    expect(opened.preview.spanCount).toBe(12_000);
    expect(opened.preview.rows).toEqual(whole.traces[0]!.spans.slice(0, opened.preview.rows.length));
    expect(opened.preview.rows.length).toBe(48);
  });

  it('decodes at once what has no preview: small files, several traces, JSON Lines', () => {
    expect(openFile(JSON.stringify(bushyOtlpTrace(T, 50)), 'small.json').kind).toBe('decoded');
    const two = bushyOtlpTrace(T, 12_000);
    const other = bushyOtlpTrace('ab'.repeat(16), 3);
    expect(openFile(JSON.stringify({ resourceSpans: [...two.resourceSpans, ...other.resourceSpans] }), 'two.json').kind).toBe('decoded');
    const lines = `${JSON.stringify(bushyOtlpTrace(T, 6_000))}\n${JSON.stringify(bushyOtlpTrace(T, 6_000))}\n`;
    expect(openFile(lines, 'lines.jsonl').kind).toBe('decoded');
  });

  it('names the file in what it cannot read', () => {
    expect(() => openFile('{"resourceSpans": [', 'cut.json')).toThrow(DecodeError);
    expect(() => openFile('{"resourceSpans": [', 'cut.json')).toThrow(/^cut\.json: not valid JSON/);
  });
});

describe('the file adapter of a file being opened', () => {
  const opened = openFile(big('otlp'), 'big.json');
  if (opened.kind !== 'previewed') throw new Error('not previewed');

  it('shows the preview, then answers with the decoded trace', async () => {
    const trace = opened.decode().traces[0]!;
    const adapter = createFileAdapter('big.json', [], { traceId: T, preview: opened.preview, finish: async () => trace });
    const seen: LoadProgress[] = [];
    await expect(adapter.trace(T.toUpperCase(), undefined, (p) => seen.push(p))).resolves.toBe(trace);
    expect(seen).toEqual([{ phase: 'opening', preview: opened.preview }]);
  });

  it('lists and searches the trace once it is decoded, not an empty file meanwhile', async () => {
    const trace = opened.decode().traces[0]!;
    let finished = false;
    const finish = () =>
      new Promise<Trace>((resolve) =>
        setTimeout(() => {
          finished = true;
          resolve(trace);
        }, 5),
      );
    const adapter = createFileAdapter('big.json', [], { traceId: T, preview: opened.preview, finish });
    const result = await adapter.search({ tags: [], startUs: micros(0), endUs: micros(1), limit: 20 });
    expect(finished).toBe(true);
    expect(result.summaries.map((s) => s.traceId)).toEqual([T]);
    expect(await adapter.services()).toEqual(['service-0', 'service-1', 'service-2']);
    expect((await adapter.operations('service-1')).length).toBeGreaterThan(0);
  });

  it('says the file could not be read when its decode fails', async () => {
    const adapter = createFileAdapter('big.json', [], {
      traceId: T,
      preview: opened.preview,
      finish: (): Promise<Trace> => Promise.reject(new DecodeError('big.json: expected a span', 'resourceSpans[0]')),
    });
    await expect(adapter.trace(T)).rejects.toMatchObject({ kind: 'bad-payload', message: 'Could not read big.json: expected a span (at resourceSpans[0])' });
  });
});
