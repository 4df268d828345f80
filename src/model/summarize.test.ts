import { describe, expect, it } from 'vitest';
import { buildTrace } from './build-trace';
import { makeSpanInput as span } from './make-span-input';
import { summarizeTrace } from './summarize';

const id = (n: number) => n.toString(16).padStart(16, '0');

describe('summarizeTrace', () => {
  it('names the trace after its earliest root and counts spans and errors', () => {
    const trace = buildTrace(
      'a'.repeat(32),
      [
        span({ spanId: id(1), service: 'late-root', name: 'late', startUs: 50, durationUs: 10 }),
        span({ spanId: id(2), service: 'gateway', name: 'GET /', startUs: 10, durationUs: 100 }),
        span({ spanId: id(3), parentSpanId: id(2), service: 'db', startUs: 20, durationUs: 5, status: { code: 'error' } }),
      ],
      'otlp-json',
    );
    expect(summarizeTrace(trace)).toEqual({
      traceId: 'a'.repeat(32),
      rootService: 'gateway',
      rootName: 'GET /',
      startUs: 10,
      durationUs: 100,
      spanCount: 3,
      errorCount: 1,
      services: [
        { name: 'db', spanCount: 1, errorCount: 1 },
        { name: 'gateway', spanCount: 1, errorCount: 0 },
        { name: 'late-root', spanCount: 1, errorCount: 0 },
      ],
      trace,
    });
  });

  it('summarizes an empty trace', () => {
    const trace = buildTrace('b'.repeat(32), [], 'otlp-json');
    expect(summarizeTrace(trace)).toMatchObject({ rootService: '', rootName: '', spanCount: 0, durationUs: 0 });
  });
});
