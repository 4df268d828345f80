import { describe, expect, it, vi } from 'vitest';
import type { TraceLayout } from '../../model/trace-layout';
import type { LoadProgress } from '../contract';
import { BodyBytes } from '../shared/body-bytes';
import { FAST_LINK_BYTES_PER_MS, laidOutFor, TextPreview } from '../shared/text-preview';
import { spanScanReady } from '../shared/wasm-span-scan';
import { bushyOtlpTrace } from './bushy-trace';
import { decodeOtlp } from './decode';
import { previewOtlp } from './preview';
import { OTLP_TEXT } from './text-format';
import { OtlpTextPlaces } from './text-places';

const TRACE = 'ef'.repeat(16);
const json = bushyOtlpTrace(TRACE, 300);
const bytes = new TextEncoder().encode(JSON.stringify(json));
const pieces = [bytes.slice(0, 9000), bytes.slice(9000, 20_000), bytes.slice(20_000)];
/** How long the first piece takes at the pace that still counts as a fast link. */
const FAST_FIRST_PIECE_MS = 9000 / FAST_LINK_BYTES_PER_MS;

/**
 * Feeds the pieces, the first `firstAfterMs` after the body started to arrive (a clock the
 * test moves); counts how many the scanner had read when the last one came.
 */
function setUp(firstAfterMs: number, parts: readonly Uint8Array[] = pieces, useWasm = false) {
  const seen: LoadProgress[] = [];
  const clock = { t: 0 };
  const preview = new TextPreview(TRACE, (p: LoadProgress) => seen.push(p), OTLP_TEXT, 100, () => clock.t, useWasm);
  preview.begin();
  parts.forEach((piece, k) => {
    clock.t += k === 0 ? firstAfterMs : 1;
    preview.feed(piece, k === parts.length - 1);
  });
  return { preview, seen, body: new BodyBytes(parts) };
}

describe('TextPreview of OTLP answers', () => {
  it('reads the answer as a skeleton and shows the first rows before any JSON.parse of the whole', async () => {
    expect(await spanScanReady).toBe(true);
    for (const [firstAfterMs, useWasm] of [[FAST_FIRST_PIECE_MS * 10, false], [FAST_FIRST_PIECE_MS / 10, false], [FAST_FIRST_PIECE_MS / 10, true]] as const) {
      const { preview, seen, body } = setUp(firstAfterMs, pieces, useWasm);
      const skeleton = await preview.beforeParse(body);
      expect(skeleton).toBeDefined();
      expect(preview.read).toBe(true);
      const opening = seen.find((p) => p.phase === 'opening');
      expect(opening?.phase === 'opening' && opening.preview).toEqual({ ...previewOtlp(json, TRACE, 48, 100)!.preview, readFrom: 'text' });
      // The decode takes over what the skeleton gave; the parsed answer is not previewed again.
      expect(await laidOutFor(json, TRACE, preview, (p) => seen.push(p), OTLP_TEXT, 100)).toBe(preview.laidOut);
      expect(seen.filter((p) => p.phase === 'opening')).toHaveLength(1);
      // ...and decoding the skeleton span by span gives what decoding the parsed answer gives.
      expect(decodeOtlp(skeleton!.json, 'otlp-json', preview.laidOut!.places, skeleton!.fullSpan)).toEqual(decodeOtlp(json, 'otlp-json'));
    }
  });

  it('matches the ids and lays the tree out in WebAssembly, when it read every span', async () => {
    expect(await spanScanReady).toBe(true);
    // Pieces cut just before a span: each span is whole in one piece, all read by WebAssembly.
    const text = new TextDecoder().decode(bytes);
    const starts = [...text.matchAll(/\{"traceId"/g)].map((m) => m.index);
    expect(starts).toHaveLength(300);
    const cutAt = [starts[40]!, starts[200]!];
    const parts = [bytes.slice(0, cutAt[0]), bytes.slice(cutAt[0], cutAt[1]), bytes.slice(cutAt[1])];
    const matched = vi.spyOn(OtlpTextPlaces.prototype, 'columns');
    const { preview, seen, body } = setUp(FAST_FIRST_PIECE_MS / 10, parts, true);
    await preview.beforeParse(body);
    expect(matched).toHaveBeenCalledOnce();
    expect(matched.mock.results[0]?.value).toBeDefined();
    matched.mockRestore();
    const opening = seen.find((p) => p.phase === 'opening');
    expect(opening?.phase === 'opening' && opening.preview).toEqual({ ...previewOtlp(json, TRACE, 48, 100)!.preview, readFrom: 'text' });
    // Laid out by WebAssembly (which finds the extent on the way, and leaves each span's uid
    // its id: none repeats), the same as JavaScript; the places made only now, the same too.
    const { extent, uids, ...layout } = preview.laidOut!.layout;
    const parsed = previewOtlp(json, TRACE, 48, 100)!.laidOut;
    expect(extent).toBeDefined();
    expect(uids).toBeNull();
    expect(parsed.layout.uids).toEqual(parsed.places.map((p) => p.spanId));
    const warningsOf = (l: TraceLayout) => Array.from(l.order, (v) => l.warnings.get(v));
    expect({ ...layout, uids: parsed.layout.uids, warnings: warningsOf(preview.laidOut!.layout) }).toEqual({
      ...parsed.layout,
      warnings: warningsOf(parsed.layout),
    });
    expect(preview.laidOut!.places).toEqual(parsed.places);
  });

  it('reads the pieces as they arrive on a slow link, and after the last one on a fast link', () => {
    const read = (firstAfterMs: number) => setUp(firstAfterMs).preview.spansRead;
    // Slow: all 300 spans read once the last piece is in. Fast: none yet.
    expect(read(FAST_FIRST_PIECE_MS * 10)).toBe(300);
    expect(read(FAST_FIRST_PIECE_MS / 10)).toBe(0);
  });

  it('reads the pieces as they arrive on any link when spans are read with WebAssembly', async () => {
    expect(await spanScanReady).toBe(true);
    expect(setUp(FAST_FIRST_PIECE_MS / 10, pieces, true).preview.spansRead).toBe(300);
  });

  it('counts the pace from when the body started to arrive: a piece a busy page gets to late still came slowly', () => {
    const clock = { t: 0 };
    const preview = new TextPreview(TRACE, () => {}, OTLP_TEXT, 100, () => clock.t);
    preview.begin();
    clock.t = 1000; // the page was busy; the piece has been waiting
    preview.feed(pieces[0]!, false);
    expect(preview.spansRead).toBeGreaterThan(0);
  });

  it('leaves an answer of one piece, and one with fewer spans than a preview needs, to JSON.parse or no preview', async () => {
    const whole = setUp(100, [bytes]);
    expect(await whole.preview.beforeParse(whole.body)).toBeUndefined();
    expect(whole.preview.read).toBe(false);
    expect(whole.seen).toEqual([]);
    const seen: LoadProgress[] = [];
    const few = new TextPreview(TRACE, (p) => seen.push(p), OTLP_TEXT, 1000, () => 0);
    pieces.forEach((piece, k) => few.feed(piece, k === pieces.length - 1));
    // A skeleton still, for the decode; but no preview of 300 spans when 1,000 are asked for.
    expect(await few.beforeParse(new BodyBytes(pieces))).toBeDefined();
    expect(few.laidOut).toBeUndefined();
    expect(seen).toEqual([]);
  });

  it('gives no skeleton for a body that is not the whole of what it read, or that the scanner does not follow', async () => {
    const { preview } = setUp(100);
    expect(await preview.beforeParse(new BodyBytes(pieces.slice(0, 2)))).toBeUndefined();
    const odd = new TextEncoder().encode(`{"\\u0072esult":${JSON.stringify(json)}}`);
    const parts = [odd.slice(0, 9000), odd.slice(9000)];
    const escaped = setUp(100, parts);
    expect(await escaped.preview.beforeParse(escaped.body)).toBeUndefined();
    expect(escaped.preview.read).toBe(false);
  });
});
