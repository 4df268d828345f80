import { describe, expect, it } from 'vitest';
import { formatDuration, formatOffset, formatTimestamp } from './format-time';

describe('formatDuration', () => {
  it.each([
    [0, '0µs'],
    [1, '1µs'],
    [1.5, '1.5µs'],
    [850, '850µs'],
    [999, '999µs'],
    [1000, '1ms'],
    [1250, '1.25ms'],
    [12_345, '12.3ms'],
    [123_456, '123ms'],
    [4_500_000, '4.5s'],
    [59_000_000, '59s'],
    [125_000_000, '2m 5s'],
    [120_000_000, '2m'],
    [3_720_000_000, '1h 2m'],
    [-3, '-3µs'],
  ])('%d µs → %s', (us, text) => {
    expect(formatDuration(us)).toBe(text);
  });

  it('handles non-finite input', () => {
    expect(formatDuration(Number.NaN)).toBe('–');
  });
});

describe('formatTimestamp', () => {
  it('formats epoch µs in UTC with milliseconds', () => {
    expect(formatTimestamp(1_700_000_000_123_456, true)).toBe('2023-11-14 22:13:20.123');
  });
  it('handles garbage', () => {
    expect(formatTimestamp(Number.NaN)).toBe('–');
    expect(formatTimestamp(1e30)).toBe('–');
  });
});

describe('formatOffset', () => {
  it('signs offsets', () => {
    expect(formatOffset(0)).toBe('0µs');
    expect(formatOffset(1500)).toBe('+1.5ms');
    expect(formatOffset(-20)).toBe('-20µs');
  });
});
