import { describe, expect, it } from 'vitest';
import { formatClock, parseTimeMode } from './clock-label';

// 2026-11-22T03:16:20.123456Z in epoch µs.
const T = Date.UTC(2026, 10, 22, 3, 16, 20, 123) * 1000 + 456;

describe('formatClock', () => {
  it('shows as many fractional digits as the step needs (UTC)', () => {
    expect(formatClock(T, true, 1_000_000)).toBe('03:16:20.123456');
    expect(formatClock(Date.UTC(2026, 10, 22, 3, 16, 20) * 1000, true, 5_000_000)).toBe('03:16:20');
    expect(formatClock(Date.UTC(2026, 10, 22, 3, 16, 20, 250) * 1000, true, 250_000)).toBe('03:16:20.250');
    expect(formatClock(Date.UTC(2026, 10, 22, 3, 16, 20) * 1000, true, 500)).toBe('03:16:20.000000');
  });

  it('uses the local zone in local mode', () => {
    const d = new Date(Math.floor(T / 1000));
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(formatClock(T, false, 1_000)).toBe(
      `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.123456`,
    );
  });

  it('is a dash for nonsense', () => {
    expect(formatClock(NaN, true)).toBe('–');
    expect(formatClock(1e30, true)).toBe('–');
  });
});

describe('parseTimeMode', () => {
  it('accepts the three modes only', () => {
    expect(parseTimeMode('rel')).toBe('rel');
    expect(parseTimeMode('local')).toBe('local');
    expect(parseTimeMode('utc')).toBe('utc');
    expect(parseTimeMode('UTC')).toBeNull();
    expect(parseTimeMode(null)).toBeNull();
    expect(parseTimeMode('')).toBeNull();
  });
});
