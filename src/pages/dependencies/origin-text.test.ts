import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import { originText } from './origin-text';

const at = (iso: string) => micros(Date.parse(iso) * 1000);

describe('originText', () => {
  it('names the backend and the lookback', () => {
    expect(
      originText({ kind: 'backend', backend: 'Jaeger', fromUs: at('2026-11-22T10:00:00Z'), toUs: at('2026-11-22T11:00:00Z') }, '1h', true),
    ).toBe('Jaeger dependencies, last 1h (10:00–11:00)');
  });

  it('counts the sampled traces', () => {
    expect(
      originText({ kind: 'sampled', traceCount: 100, fromUs: at('2026-11-22T10:00:00Z'), toUs: at('2026-11-22T11:00:00Z') }, '1h', true),
    ).toBe('derived from 100 sampled traces, 10:00–11:00');
    expect(originText({ kind: 'sampled', traceCount: 1, fromUs: at('2026-11-22T10:00:00Z'), toUs: at('2026-11-22T10:05:00Z') }, null, true)).toBe(
      'derived from 1 sampled trace, 10:00–10:05',
    );
  });

  it('shows the days of a window over several days', () => {
    expect(
      originText({ kind: 'backend', backend: 'Zipkin', fromUs: at('2026-11-20T10:00:00Z'), toUs: at('2026-11-22T11:00:00Z') }, 'custom', true),
    ).toBe('Zipkin dependencies, Nov 20 10:00–Nov 22 11:00');
  });
});
