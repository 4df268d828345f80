/**
 * Axis ticks for a time window [startUs, endUs] (relative to the trace start): "nice" steps
 * of 1, 2 or 5 × 10^k µs, about `target` of them, each with its fraction of the window so
 * the axis, the grid and the bars all use the same percentages. Pure; zoom later passes a
 * narrower window.
 */
export interface Tick {
  /** Offset from the trace start, µs. */
  readonly us: number;
  /** Position in the window, 0..1. */
  readonly fraction: number;
}

export function niceStep(span: number, target: number): number {
  if (!(span > 0) || !(target > 0)) return 1;
  const raw = span / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  const nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10;
  return nice * power;
}

export function timeTicks(startUs: number, endUs: number, target = 6): Tick[] {
  const width = endUs - startUs;
  if (!(width > 0) || !Number.isFinite(width)) return [{ us: startUs, fraction: 0 }];
  const step = niceStep(width, target);
  const first = Math.ceil(startUs / step) * step;
  const ticks: Tick[] = [];
  // Bounded loop: at most ~2·target + 1 iterations by construction of `step`.
  for (let k = 0; k <= target * 3; k++) {
    // Multiply rather than accumulate, so float error does not drift across ticks.
    const us = first + k * step;
    const fraction = (us - startUs) / width;
    if (fraction > 1 + 1e-9) break;
    // Float rounding at large offsets with tiny windows can land a tick just outside.
    if (fraction >= -1e-9) ticks.push({ us, fraction: Math.min(1, Math.max(0, fraction)) });
  }
  return ticks.length > 0 ? ticks : [{ us: startUs, fraction: 0 }];
}
