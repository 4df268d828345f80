import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import { epochMillis, goDuration, lookbackMillis, rfc3339Nanos } from './time-format';

describe('goDuration', () => {
  it('writes the largest exact unit', () => {
    expect(goDuration(micros(2_000_000))).toBe('2s');
    expect(goDuration(micros(1_500_000))).toBe('1500ms');
    expect(goDuration(micros(150_000))).toBe('150ms');
    expect(goDuration(micros(1500))).toBe('1500us');
    expect(goDuration(micros(7))).toBe('7us');
    expect(goDuration(micros(0))).toBe('0s');
  });
});

describe('rfc3339Nanos', () => {
  it('keeps µs precision, pads to ns, ends in Z', () => {
    expect(rfc3339Nanos(micros(1_763_781_354_123_456))).toBe('2025-11-22T03:15:54.123456000Z');
    expect(rfc3339Nanos(micros(0))).toBe('1970-01-01T00:00:00.000000000Z');
    expect(rfc3339Nanos(micros(1_000_001))).toBe('1970-01-01T00:00:01.000001000Z');
  });
});

describe('ms conversions', () => {
  it('floors epoch ms and keeps lookback positive', () => {
    expect(epochMillis(micros(1_700_000_000_123_999))).toBe(1_700_000_000_123);
    expect(lookbackMillis(micros(0), micros(3_600_000_000))).toBe(3_600_000);
    expect(lookbackMillis(micros(5), micros(5))).toBe(1);
  });
});
