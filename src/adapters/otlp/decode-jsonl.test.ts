import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../model/span-input';
import { decodeOtlpJsonl } from './decode-jsonl';

const line = (traceId: string, spanId: string) =>
  JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId, spanId, startTimeUnixNano: '1000', endTimeUnixNano: '2000' }] }] }] });

describe('decodeOtlpJsonl', () => {
  it('merges the spans of every line by trace', () => {
    const text = [line('a'.repeat(32), '01'), '', line('b'.repeat(32), '02'), line('a'.repeat(32), '03'), ''].join('\r\n');
    const payload = decodeOtlpJsonl(text);
    expect(payload.format).toBe('otlp-jsonl');
    expect([...payload.traces].map(([id, s]) => [id, s.map((x) => x.spanId)])).toEqual([
      ['a'.repeat(32), ['0000000000000001', '0000000000000003']],
      ['b'.repeat(32), ['0000000000000002']],
    ]);
  });

  it('names the line of a syntax error', () => {
    const text = `${line('a'.repeat(32), '01')}\n{"resourceSpans": [\n`;
    expect(() => decodeOtlpJsonl(text)).toThrow(DecodeError);
    try {
      decodeOtlpJsonl(text);
    } catch (error) {
      expect((error as DecodeError).path).toBe('line 2');
      expect((error as DecodeError).message).toMatch(/^invalid JSON: .* \(at line 2\)$/);
    }
  });

  it('names the line and the path of a structure error', () => {
    const text = `${line('a'.repeat(32), '01')}\n\n{"resourceSpans": [{"scopeSpans": 3}]}`;
    try {
      decodeOtlpJsonl(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).path).toBe('line 3: resourceSpans[0].scopeSpans');
    }
  });

  it('reads an empty file as no traces', () => {
    expect(decodeOtlpJsonl('\n\n').traces.size).toBe(0);
  });
});
