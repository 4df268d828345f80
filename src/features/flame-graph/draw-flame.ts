import { serviceColor } from '../../lib/service-color';
import type { FlameLayout } from '../../model/analyses/flame-graph';
import type { Trace } from '../../model/types';
import { fitLabel, type FlameRows } from './flame-rows';

export const FLAME_ROW_H = 20;
const LABEL_MIN_PX = 44;
const LABEL_MIN_CHARS = 4;
const CHAR_PX = 6.4; // average glyph width of the 11px label font; labels are cut, not measured
const ERROR_COLOR = '#d6363f';

export interface FlameScene {
  readonly trace: Trace;
  readonly layout: FlameLayout;
  readonly rows: FlameRows;
  /** Rows above the focused span (its ancestors, drawn across the whole width). */
  readonly ancestorRows: number;
  /** Per span index: 1 when the search matches it; null when no search is active. */
  readonly matches: Uint8Array | null;
  readonly selected: number | null;
  /** Layout rectangle under the pointer, or -1. */
  readonly hover: number;
}

export interface FlameViewport {
  readonly width: number;
  readonly height: number;
  readonly scrollTop: number;
  readonly dpr: number;
  readonly text: string;
  readonly muted: string;
}

/**
 * Paints the rows in view. Rectangles thinner than a pixel collapse to one pixel column per
 * row (the first one drawn there wins), so a frame costs O(rows in view × width) fill calls
 * at most, whatever the span count.
 */
export function drawFlame(ctx: CanvasRenderingContext2D, scene: FlameScene, vp: FlameViewport): void {
  const { layout, rows, trace, matches } = scene;
  ctx.setTransform(vp.dpr, 0, 0, vp.dpr, 0, 0);
  ctx.clearRect(0, 0, vp.width, vp.height);
  const scale = layout.durationUs > 0 ? vp.width / layout.durationUs : 0;
  const first = Math.max(0, Math.floor(vp.scrollTop / FLAME_ROW_H));
  const last = Math.min(layout.rows - 1, Math.floor((vp.scrollTop + vp.height) / FLAME_ROW_H));
  const colors = new Map<string, string>();
  const colorOf = (service: string) => {
    let c = colors.get(service);
    if (c === undefined) colors.set(service, (c = serviceColor(service)));
    return c;
  };
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  let selectedBox: [number, number, number] | null = null;
  for (let d = first; d <= last; d++) {
    const y = d * FLAME_ROW_H - vp.scrollTop;
    let lastPx = -1;
    const from = rows.rowStart[d]!;
    const to = rows.rowStart[d + 1]!;
    for (let i = from; i < to; i++) {
      const k = rows.order[i]!;
      const spanIndex = layout.spanIndex[k]!;
      const span = trace.spans[spanIndex]!;
      const x0 = layout.x[k]! * scale;
      const w = layout.width[k]! * scale;
      if (x0 > vp.width || x0 + w < 0) continue;
      const dim = (matches !== null && matches[spanIndex] !== 1) || d < scene.ancestorRows;
      if (spanIndex === scene.selected) selectedBox = [x0, y, Math.max(w, 2)];
      if (w < 1) {
        const px = Math.floor(x0);
        if (px === lastPx) continue;
        lastPx = px;
        ctx.globalAlpha = dim ? 0.3 : 1;
        ctx.fillStyle = span.status.code === 'error' ? ERROR_COLOR : colorOf(span.service);
        ctx.fillRect(px, y, 1, FLAME_ROW_H - 1);
        continue;
      }
      ctx.globalAlpha = dim ? 0.3 : 1;
      ctx.fillStyle = colorOf(span.service);
      ctx.fillRect(x0, y, Math.max(1, w - 1), FLAME_ROW_H - 1);
      if (span.status.code === 'error') {
        ctx.fillStyle = ERROR_COLOR;
        ctx.fillRect(x0, y + FLAME_ROW_H - 4, Math.max(1, w - 1), 3);
      }
      if (matches !== null && !dim && w >= 3) {
        ctx.strokeStyle = vp.text;
        ctx.lineWidth = 1.5;
        ctx.strokeRect(x0 + 0.75, y + 0.75, w - 2.5, FLAME_ROW_H - 2.5);
      }
    }
    drawLabels(ctx, scene, vp, from, to, scale, y);
  }
  ctx.globalAlpha = 1;
  if (scene.hover >= 0) {
    const k = scene.hover;
    const y = layout.depth[k]! * FLAME_ROW_H - vp.scrollTop;
    ctx.strokeStyle = vp.muted;
    ctx.lineWidth = 1;
    ctx.strokeRect(layout.x[k]! * scale + 0.5, y + 0.5, Math.max(1, layout.width[k]! * scale - 1), FLAME_ROW_H - 2);
  }
  if (selectedBox) {
    const [x, y, w] = selectedBox;
    ctx.strokeStyle = vp.text;
    ctx.lineWidth = 2;
    ctx.strokeRect(x + 1, y + 1, Math.max(1, w - 2), FLAME_ROW_H - 3);
  }
}

/**
 * Labels of one row, after its rectangles so none is painted over. Parallel siblings
 * overlap on a row: a label is skipped when its rectangle starts under the previous label,
 * so labels never collide, and text too short to read (a few letters) is left out.
 */
function drawLabels(ctx: CanvasRenderingContext2D, scene: FlameScene, vp: FlameViewport, from: number, to: number, scale: number, y: number): void {
  const { layout, rows, trace, matches } = scene;
  ctx.fillStyle = '#10131a';
  let labelEnd = -Infinity;
  for (let i = from; i < to; i++) {
    const k = rows.order[i]!;
    const x0 = layout.x[k]! * scale;
    const w = layout.width[k]! * scale;
    if (w < LABEL_MIN_PX || x0 + w < 0 || x0 > vp.width) continue;
    const left = Math.max(x0, labelEnd, 0);
    const room = Math.min(x0 + w, vp.width) - left;
    const chars = Math.floor((room - 8) / CHAR_PX);
    if (chars < LABEL_MIN_CHARS) continue;
    const spanIndex = layout.spanIndex[k]!;
    const label = fitLabel(trace.spans[spanIndex]!.name, chars);
    const dim = (matches !== null && matches[spanIndex] !== 1) || layout.depth[k]! < scene.ancestorRows;
    ctx.globalAlpha = dim ? 0.45 : 1;
    ctx.fillText(label, left + 4, y + FLAME_ROW_H / 2);
    labelEnd = left + 8 + label.length * CHAR_PX;
  }
  ctx.globalAlpha = 1;
}
