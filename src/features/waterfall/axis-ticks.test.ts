import { describe, expect, it } from 'vitest';
import { axisTicks, formatOffsetLabel } from './axis-ticks';

const START = Date.UTC(2026, 10, 22, 3, 16, 20, 100) * 1000; // 03:16:20.100 UTC, epoch µs

describe('axisTicks', () => {
  it('relative mode: round offsets from the trace start', () => {
    const ticks = axisTicks(START, 0, 1_000_000, 'rel');
    expect(ticks.map((t) => t.label)).toEqual(['0', '0.2s', '0.4s', '0.6s', '0.8s', '1.0s']);
    expect(axisTicks(START, 0, 900, 'rel').map((t) => t.label)[1]).toBe('200µs');
    expect(axisTicks(START, 0, 50_000, 'rel').map((t) => t.label)[1]).toBe('10ms');
    expect(ticks.map((t) => t.fraction)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('relative mode, zoomed in: labels keep enough decimals to differ', () => {
    const ticks = axisTicks(START, 1_234_000, 1_234_050, 'rel');
    const labels = ticks.map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels[0]).toBe('1.23400s');
    for (const t of ticks) expect(t.fraction).toBeGreaterThanOrEqual(0);
  });

  it('UTC mode: round wall-clock instants, with milliseconds when the step needs them', () => {
    const ticks = axisTicks(START, 0, 1_000_000, 'utc');
    // The first round 200 ms instant after 20.100 is 20.200.
    expect(ticks[0]!.label).toBe('03:16:20.200');
    expect(ticks[0]!.fraction).toBeCloseTo(0.1, 9);
    expect(ticks.map((t) => t.label)).toContain('03:16:21.000');
  });

  it('UTC mode over minutes: whole seconds', () => {
    const ticks = axisTicks(START, 0, 120_000_000, 'utc');
    for (const t of ticks) expect(t.label).toMatch(/^03:1[6-8]:\d\d$/);
  });

  it('local mode labels the same instants in the local zone', () => {
    const utc = axisTicks(START, 0, 1_000_000, 'utc');
    const local = axisTicks(START, 0, 1_000_000, 'local');
    expect(local.map((t) => t.fraction)).toEqual(utc.map((t) => t.fraction));
    const d = new Date(Number(local[0]!.key) / 1000);
    expect(local[0]!.label.startsWith(String(d.getHours()).padStart(2, '0'))).toBe(true);
  });
});

describe('formatOffsetLabel', () => {
  it('uses one unit per axis and the decimals the step needs', () => {
    expect(formatOffsetLabel(0, 100, 900)).toBe('0');
    expect(formatOffsetLabel(2_500, 500, 9_000)).toBe('2.5ms');
    expect(formatOffsetLabel(3_000_000, 1_000_000, 5_000_000)).toBe('3s');
    expect(formatOffsetLabel(1_200_000, 200_000, 5_000_000)).toBe('1.2s');
    expect(formatOffsetLabel(1_234_560, 10, 5_000_000)).toBe('1.23456s');
  });
});
