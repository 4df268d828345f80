import type { RowMarks } from './timeline-marks';

/** The theme's colors and fonts for the timeline, read from its CSS (timeline-palette.ts). */
export interface TimelinePalette {
  readonly text: string;
  readonly muted: string;
  readonly faint: string;
  readonly surface: string;
  readonly danger: string;
  readonly fontFamily: string;
  readonly monoFamily: string;
}

/** One row to paint: its marks and how its bar looks. */
export interface PaintedRow {
  readonly marks: RowMarks;
  /** The service color (#rrggbb). */
  readonly color: string;
  readonly error: boolean;
  readonly selected: boolean;
}

/** The row geometry the stylesheet had for the same marks as elements (waterfall.css). */
export const BAR_TOP_PX = 6;
export const BAR_HEIGHT_PX = 12;
const BAR_RADIUS_PX = 2;
const CLIP_MARK_PX = 3;
const HINT_GAP_PX = 6;
const INSIDE_LABEL_MARGIN_PX = 3;
const INSIDE_LABEL_PAD_PX = 4;
const EDGE_MARKER = { top: 7, width: 6, height: 10 } as const;
const CRITICAL_BAND = 'rgba(0, 0, 0, 0.65)';
const ERROR_STRIPE = 'rgba(255, 255, 255, 0.35)';
/** Error stripes: 2 px in every 6, at 135°, as the bars' repeating gradient drew them. */
const STRIPE_PERIOD_PX = 6 * Math.SQRT2;
const STRIPE_WIDTH_PX = 2 * Math.SQRT2;

/**
 * Paints rows of the timeline column into a canvas context whose transform is already the
 * device pixel ratio: row k spans y = k·rowHeight. Only drawing here; geometry is rowMarks'.
 * Edges are snapped to device pixels (`dpr`), as the browser snaps elements' boxes.
 */
export function paintRows(
  ctx: CanvasRenderingContext2D,
  rows: readonly PaintedRow[],
  rowHeight: number,
  palette: TimelinePalette,
  dpr: number,
): void {
  const snap = (x: number) => Math.round(x * dpr) / dpr;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const y = k * rowHeight;
    const { bar, outside, label } = row.marks;
    if (bar) paintBar(ctx, row, y, palette, snap);
    if (outside) paintEdgeMarker(ctx, outside, y, ctx.canvas.width / dpr, palette);
    paintLabel(ctx, label, y, rowHeight, palette);
  }
}

function paintBar(ctx: CanvasRenderingContext2D, row: PaintedRow, y: number, palette: TimelinePalette, snap: (x: number) => number) {
  const bar = row.marks.bar!;
  const x = snap(bar.x);
  const w = Math.max(snap(bar.x + bar.width) - x, 1);
  const top = y + BAR_TOP_PX;
  // Square corners on a side the zoom window cuts.
  const startRadius = bar.clipStart ? 0 : BAR_RADIUS_PX;
  const endRadius = bar.clipEnd ? 0 : BAR_RADIUS_PX;
  const radii = [startRadius, endRadius, endRadius, startRadius];
  ctx.globalAlpha = row.selected ? 1 : 0.9;
  ctx.fillStyle = row.color;
  ctx.beginPath();
  roundedRect(ctx, x, top, w, BAR_HEIGHT_PX, radii);
  ctx.fill();
  ctx.globalAlpha = 1;
  if (row.error) paintStripes(ctx, x, top, w);
  for (const band of row.marks.critical) {
    const bx = snap(band.x);
    ctx.fillStyle = CRITICAL_BAND;
    ctx.fillRect(bx, top + BAR_HEIGHT_PX / 4, Math.max(1, snap(band.x + band.width) - bx), BAR_HEIGHT_PX / 2);
  }
  // The side cut by the zoom window reads as an edge, not as the span's own start or end.
  ctx.fillStyle = palette.text;
  ctx.globalAlpha = 0.55;
  if (bar.clipStart) ctx.fillRect(x, top, Math.min(CLIP_MARK_PX, w), BAR_HEIGHT_PX);
  if (bar.clipEnd) ctx.fillRect(x + w - Math.min(CLIP_MARK_PX, w), top, Math.min(CLIP_MARK_PX, w), BAR_HEIGHT_PX);
  ctx.globalAlpha = 0.75;
  for (const ex of row.marks.events) ctx.fillRect(snap(ex) - 1, top - 2, 2, BAR_HEIGHT_PX + 4);
  ctx.globalAlpha = 1;
  if (row.error || row.selected) {
    // A 1 px ring outside the bar; an error's is red even when selected (its row says so too).
    ctx.strokeStyle = row.error ? palette.danger : palette.text;
    ctx.lineWidth = 1;
    ctx.beginPath();
    roundedRect(ctx, x - 0.5, top - 0.5, w + 1, BAR_HEIGHT_PX + 1, radii.map((r) => (r > 0 ? r + 0.5 : 0)));
    ctx.stroke();
  }
}

function paintStripes(ctx: CanvasRenderingContext2D, x: number, top: number, w: number) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, top, w, BAR_HEIGHT_PX);
  ctx.clip();
  ctx.fillStyle = ERROR_STRIPE;
  ctx.beginPath();
  // Stripes rising to the right ("/"), each a parallelogram one bar-height wide at its foot.
  for (let sx = x - BAR_HEIGHT_PX; sx < x + w; sx += STRIPE_PERIOD_PX) {
    ctx.moveTo(sx, top + BAR_HEIGHT_PX);
    ctx.lineTo(sx + STRIPE_WIDTH_PX, top + BAR_HEIGHT_PX);
    ctx.lineTo(sx + STRIPE_WIDTH_PX + BAR_HEIGHT_PX, top);
    ctx.lineTo(sx + BAR_HEIGHT_PX, top);
    ctx.closePath();
  }
  ctx.fill();
  ctx.restore();
}

function paintEdgeMarker(ctx: CanvasRenderingContext2D, side: 'before' | 'after', y: number, width: number, palette: TimelinePalette) {
  const top = y + EDGE_MARKER.top;
  const mid = top + EDGE_MARKER.height / 2;
  ctx.fillStyle = palette.faint;
  ctx.beginPath();
  if (side === 'before') {
    ctx.moveTo(EDGE_MARKER.width, top);
    ctx.lineTo(EDGE_MARKER.width, top + EDGE_MARKER.height);
    ctx.lineTo(0, mid);
  } else {
    ctx.moveTo(width - EDGE_MARKER.width, top);
    ctx.lineTo(width - EDGE_MARKER.width, top + EDGE_MARKER.height);
    ctx.lineTo(width, mid);
  }
  ctx.closePath();
  ctx.fill();
}

function paintLabel(ctx: CanvasRenderingContext2D, label: RowMarks['label'], y: number, rowHeight: number, palette: TimelinePalette) {
  const mid = y + rowHeight / 2;
  ctx.textBaseline = 'middle';
  if (label.placement === 'inside') {
    ctx.font = `10.5px ${palette.fontFamily}`;
    const w = ctx.measureText(label.duration).width + 2 * INSIDE_LABEL_PAD_PX;
    const right = label.x - INSIDE_LABEL_MARGIN_PX;
    ctx.fillStyle = palette.surface;
    ctx.globalAlpha = 0.82;
    ctx.beginPath();
    roundedRect(ctx, right - w, y + BAR_TOP_PX, w, BAR_HEIGHT_PX, [2, 2, 2, 2]);
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.fillStyle = palette.text;
    ctx.textAlign = 'right';
    ctx.fillText(label.duration, right - INSIDE_LABEL_PAD_PX, mid);
    return;
  }
  ctx.font = `11px ${palette.fontFamily}`;
  ctx.fillStyle = palette.muted;
  const after = label.placement === 'after';
  ctx.textAlign = after ? 'left' : 'right';
  ctx.fillText(label.duration, label.x, mid);
  if (!label.hint) return;
  // After the bar it reads duration, hint; before the bar, hint, duration.
  const durationWidth = ctx.measureText(label.duration).width;
  ctx.font = `10.5px ${palette.monoFamily}`;
  ctx.fillStyle = palette.faint;
  ctx.fillText(label.hint, after ? label.x + durationWidth + HINT_GAP_PX : label.x - durationWidth - HINT_GAP_PX, mid);
}

/** A rounded rectangle path (radii: top-left, top-right, bottom-right, bottom-left). */
function roundedRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, radii: readonly number[]) {
  if (typeof ctx.roundRect === 'function') ctx.roundRect(x, y, w, h, radii as number[]);
  else ctx.rect(x, y, w, h);
}
