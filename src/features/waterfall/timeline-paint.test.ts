import { describe, expect, it } from 'vitest';
import { rowMarks } from './timeline-marks';
import { paintRows, type PaintedRow, type TimelinePalette } from './timeline-paint';
import { timelineSpan } from './timeline-test-span';

const PALETTE: TimelinePalette = {
  text: '#111111',
  muted: '#555555',
  faint: '#999999',
  surface: '#ffffff',
  danger: '#dd0000',
  fontFamily: 'sans-serif',
  monoFamily: 'monospace',
};

interface Call {
  readonly op: string;
  readonly args: readonly unknown[];
  /** The context's fill and stroke styles and alpha when the call was made. */
  readonly fill: unknown;
  readonly stroke: unknown;
  readonly alpha: unknown;
  readonly align: unknown;
}

/** A 2D context that records its drawing calls, with the styles in force at each. */
function recordingContext(width: number) {
  const calls: Call[] = [];
  const state: Record<string, unknown> = { fillStyle: '', strokeStyle: '', globalAlpha: 1, textAlign: 'start', canvas: { width } };
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
      return (...args: unknown[]) => {
        calls.push({ op: key, args, fill: target.fillStyle, stroke: target.strokeStyle, alpha: target.globalAlpha, align: target.textAlign });
      };
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

function paintOne(row: Omit<PaintedRow, 'marks'> & { span: ReturnType<typeof timelineSpan>; critical?: { startUs: number; endUs: number }[] }, hint: string | null = null) {
  const { ctx, calls } = recordingContext(1000);
  const marks = rowMarks(row.span, { startUs: 0, durationUs: 1000 }, 1000, hint, row.critical);
  paintRows(ctx, [{ marks, color: row.color, error: row.error, selected: row.selected }], 24, PALETTE, 1);
  return calls;
}

describe('paintRows', () => {
  it('fills the bar in the service color and writes the duration after it, in the muted color', () => {
    const calls = paintOne({ span: timelineSpan(100, 300), color: '#4e79a7', error: false, selected: false });
    const bar = calls.find((c) => c.op === 'roundRect')!;
    expect(bar.args.slice(0, 4)).toEqual([100, 6, 200, 12]);
    expect(calls.find((c) => c.op === 'fill')).toMatchObject({ fill: '#4e79a7', alpha: 0.9 });
    expect(calls.find((c) => c.op === 'fillText')).toMatchObject({ args: ['200µs', 304, 12], fill: '#555555', align: 'left' });
    expect(calls.some((c) => c.op === 'stroke')).toBe(false);
  });

  it('rings a selected bar in the text color, and an error bar in red with stripes', () => {
    const selected = paintOne({ span: timelineSpan(100, 300), color: '#4e79a7', error: false, selected: true });
    expect(selected.find((c) => c.op === 'stroke')).toMatchObject({ stroke: '#111111' });
    expect(selected.find((c) => c.op === 'fill')).toMatchObject({ alpha: 1 });
    const failed = paintOne({ span: timelineSpan(100, 300), color: '#4e79a7', error: true, selected: true });
    expect(failed.find((c) => c.op === 'stroke')).toMatchObject({ stroke: '#dd0000' });
    expect(failed.some((c) => c.op === 'clip')).toBe(true);
    expect(failed.filter((c) => c.op === 'fill').map((c) => c.fill)).toContain('rgba(255, 255, 255, 0.35)');
  });

  it('darkens the critical stretches across the bar’s middle', () => {
    const calls = paintOne({ span: timelineSpan(100, 300), color: '#4e79a7', error: false, selected: false, critical: [{ startUs: 150, endUs: 250 }] });
    expect(calls.find((c) => c.op === 'fillRect' && c.fill === 'rgba(0, 0, 0, 0.65)')!.args).toEqual([150, 9, 100, 6]);
  });

  it('writes a label before the bar right-aligned, the hint before the duration', () => {
    const calls = paintOne({ span: timelineSpan(500, 900), color: '#4e79a7', error: false, selected: false }, 'GET');
    const texts = calls.filter((c) => c.op === 'fillText');
    expect(texts.map((c) => [c.args[0], c.args[1], c.align])).toEqual([
      ['400µs', 496, 'right'],
      ['GET', 496 - 5 * 6 - 6, 'right'],
    ]);
  });

  it('puts a label with no room beside the bar on a light box inside its end', () => {
    const calls = paintOne({ span: timelineSpan(0, 1000), color: '#4e79a7', error: false, selected: false });
    const box = calls.filter((c) => c.op === 'roundRect')[1]!;
    // "1ms" is 3 characters (18 px here) plus 4 px padding each side, 3 px in from the bar's end.
    expect(box.args.slice(0, 4)).toEqual([1000 - 3 - 26, 6, 26, 12]);
    expect(calls.find((c) => c.op === 'fillText')).toMatchObject({ args: ['1ms', 1000 - 3 - 4, 12], fill: '#111111' });
  });

  it('draws an arrow at the edge for a span outside the window, and no bar', () => {
    const { ctx, calls } = recordingContext(1000);
    const marks = rowMarks(timelineSpan(0, 100), { startUs: 500, durationUs: 500 }, 1000, null);
    paintRows(ctx, [{ marks, color: '#4e79a7', error: false, selected: false }], 24, PALETTE, 1);
    expect(calls.some((c) => c.op === 'roundRect')).toBe(false);
    expect(calls.filter((c) => c.op === 'lineTo').map((c) => c.args)).toEqual([
      [6, 17],
      [0, 12],
    ]);
  });
});
