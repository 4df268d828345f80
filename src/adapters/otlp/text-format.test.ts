import { describe, expect, it } from 'vitest';
import type { LoadProgress } from '../contract';
import { bushyOtlpTrace } from './bushy-trace';
import { previewOtlp } from './preview';
import { laidOutFor, TextPreview } from '../shared/text-preview';
import { OTLP_TEXT } from './text-format';

const TRACE = 'ef'.repeat(16);
const json = bushyOtlpTrace(TRACE, 300);
const text = JSON.stringify(json);
const pieces = [text.slice(0, 9000), text.slice(9000, 20_000), text.slice(20_000)];

/** Feeds the pieces, each `gapMs` after the one before (a clock the test moves). */
function setUp(gapMs: number, parts: readonly string[] = pieces) {
  const seen: LoadProgress[] = [];
  const clock = { t: 0 };
  const preview = new TextPreview(TRACE, (p: LoadProgress) => seen.push(p), OTLP_TEXT, 100, () => clock.t);
  parts.forEach((piece, k) => {
    clock.t += gapMs;
    preview.feed(piece, k === parts.length - 1);
  });
  return { preview, seen };
}

describe('TextPreview of OTLP answers', () => {
  it('reads the text while a slow download leaves time, and shows the first rows before JSON.parse', async () => {
    const { preview, seen } = setUp(100);
    await preview.beforeParse(text);
    expect(preview.read).toBe(true);
    const opening = seen.find((p) => p.phase === 'opening');
    expect(opening?.phase === 'opening' && opening.preview).toEqual({ ...previewOtlp(json, TRACE, 48, 100)!.preview, readFrom: 'text' });
    // The decode takes over what the text gave; the parsed answer is not previewed again.
    expect(await laidOutFor(json, TRACE, preview, (p) => seen.push(p), OTLP_TEXT, 100)).toBe(preview.laidOut);
    expect(seen.filter((p) => p.phase === 'opening')).toHaveLength(1);
  });

  it('does not read the text when the pieces come fast (the page’s CPU sets the pace), and the parsed answer is previewed', async () => {
    const { preview, seen } = setUp(0);
    await preview.beforeParse(text);
    expect(preview.read).toBe(false);
    expect(seen).toEqual([]);
    const laidOut = await laidOutFor(json, TRACE, preview, (p) => seen.push(p), OTLP_TEXT, 100);
    expect(laidOut?.places).toEqual(previewOtlp(json, TRACE, 48, 100)!.laidOut.places);
    expect(seen.filter((p) => p.phase === 'opening')).toHaveLength(1);
  });

  it('measures the pace from when the body started to arrive: pieces a busy page gets to late, both at once, still came slowly', async () => {
    const paced = (times: readonly number[]) => {
      const clock = { t: 0 };
      const preview = new TextPreview(TRACE, () => {}, OTLP_TEXT, 100, () => clock.t);
      preview.begin();
      pieces.forEach((piece, k) => {
        clock.t = times[k]!;
        preview.feed(piece, k === pieces.length - 1);
      });
      return preview;
    };
    // 20,000 characters: 0.5 ms at the fast pace.
    const late = paced([1000, 1000, 1001]);
    const fast = paced([0.2, 0.4, 0.6]);
    await late.beforeParse(text);
    await fast.beforeParse(text);
    expect([late.read, fast.read]).toEqual([true, false]);
  });

  it('does not read an answer of one or two pieces (nothing to overlap with), or a small one', async () => {
    for (const parts of [[text], [text.slice(0, 9000), text.slice(9000)]]) {
      const { preview, seen } = setUp(100, parts);
      await preview.beforeParse(text);
      expect(preview.read).toBe(false);
      expect(seen).toEqual([]);
    }
    const small = new TextPreview(TRACE, () => {}, OTLP_TEXT, 1000, () => 0);
    let t = 0;
    const slow = new TextPreview(TRACE, () => {}, OTLP_TEXT, 1000, () => (t += 100));
    for (const watcher of [small, slow]) pieces.forEach((piece, k) => watcher.feed(piece, k === pieces.length - 1));
    await small.beforeParse(text);
    await slow.beforeParse(text);
    expect([small.read, slow.read]).toEqual([false, false]);
  });
});
