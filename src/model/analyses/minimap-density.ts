import type { Trace } from '../types';

/**
 * The minimap's picture of a whole trace: a grid of depth bands × time columns, each cell
 * holding how many spans cover it and which service covers it most. Computed once per trace
 * in O(spans + bands × services × columns) with difference arrays (a span adds +1 where it
 * starts and −1 after it ends), so even a 100k-span trace costs a few milliseconds and a
 * zoom or brush frame costs nothing.
 */
export interface MinimapDensity {
  /** Depth bands (rows); band b holds depths [b·depthsPerBand, (b+1)·depthsPerBand). */
  readonly bands: number;
  readonly columns: number;
  readonly depthsPerBand: number;
  /** Spans covering each cell, row-major (band · columns + column). */
  readonly counts: Uint32Array;
  /** Index into `services` of the service covering each cell most, or -1 for an empty cell. */
  readonly dominant: Int16Array;
  /** Services with a color of their own, most spans first; the last is 'other' when capped. */
  readonly services: readonly string[];
  readonly maxCount: number;
}

export interface DensityOptions {
  readonly columns?: number;
  readonly maxBands?: number;
  /** Services beyond this many (the ones with fewest spans) share one 'other' slot. */
  readonly maxServices?: number;
}

export const OTHER_SERVICES = '(other services)';

/** Column range [first, last] a span covers; every span covers at least one column. */
export function spanColumns(startUs: number, endUs: number, traceStartUs: number, traceUs: number, columns: number) {
  const scale = traceUs > 0 ? columns / traceUs : 0;
  const clampCol = (c: number) => Math.min(columns - 1, Math.max(0, c));
  const first = clampCol(Math.floor((startUs - traceStartUs) * scale));
  // The end is exclusive: a span ending exactly on a column boundary does not cover the next.
  const last = Math.max(first, clampCol(Math.ceil((endUs - traceStartUs) * scale) - 1));
  return { first, last };
}

export function minimapDensity(trace: Trace, options: DensityOptions = {}): MinimapDensity {
  const columns = Math.max(1, Math.floor(options.columns ?? 400));
  const maxBands = Math.max(1, Math.floor(options.maxBands ?? 40));
  const maxServices = Math.max(1, Math.floor(options.maxServices ?? 24));
  const spans = trace.spans;
  const depthsPerBand = Math.max(1, Math.ceil((trace.maxDepth + 1) / maxBands));
  const bands = Math.max(1, Math.ceil((trace.maxDepth + 1) / depthsPerBand));

  // Services by span count; the tail shares the 'other' slot.
  const bySpanCount = [...trace.services].sort((a, b) => b.spanCount - a.spanCount || (a.name < b.name ? -1 : 1));
  const capped = bySpanCount.length > maxServices;
  const named = bySpanCount.slice(0, capped ? maxServices - 1 : maxServices).map((s) => s.name);
  const services = capped ? [...named, OTHER_SERVICES] : named;
  const slotOf = new Map<string, number>(named.map((name, i) => [name, i]));
  const otherSlot = capped ? services.length - 1 : 0;
  const slots = Math.max(1, services.length);

  // One difference array per (band, service slot): +1 at the first column, −1 after the last.
  const stride = columns + 1;
  const diff = new Int32Array(bands * slots * stride);
  const scale = trace.durationUs > 0 ? columns / trace.durationUs : 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const band = Math.min(bands - 1, Math.floor(span.depth / depthsPerBand));
    const slot = slotOf.get(span.service) ?? otherSlot;
    // spanColumns, inlined: this loop runs once per span of a 100k-span trace.
    const first = Math.min(columns - 1, Math.max(0, Math.floor((span.startUs - trace.startUs) * scale)));
    const end = Math.min(columns - 1, Math.max(0, Math.ceil((span.endUs - trace.startUs) * scale) - 1));
    const last = end > first ? end : first;
    const base = (band * slots + slot) * stride;
    diff[base + first]!++;
    diff[base + last + 1]!--;
  }

  const counts = new Uint32Array(bands * columns);
  const dominant = new Int16Array(bands * columns).fill(-1);
  const best = new Int32Array(columns);
  let maxCount = 0;
  for (let band = 0; band < bands; band++) {
    best.fill(0);
    const row = band * columns;
    for (let slot = 0; slot < slots; slot++) {
      const base = (band * slots + slot) * stride;
      let running = 0;
      for (let c = 0; c < columns; c++) {
        running += diff[base + c]!;
        if (running <= 0) continue;
        counts[row + c]! += running;
        if (running > best[c]!) {
          best[c] = running;
          dominant[row + c] = slot;
        }
      }
    }
    for (let c = 0; c < columns; c++) maxCount = Math.max(maxCount, counts[row + c]!);
  }
  return { bands, columns, depthsPerBand, counts, dominant, services, maxCount };
}
