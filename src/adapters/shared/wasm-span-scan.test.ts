import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { compileSpanScan, GENERATED, generatedSource } from '../../../scripts/build-wasm.mjs';
import { OTLP_TEXT } from '../otlp/text-format';
import { ZIPKIN_TEXT } from '../zipkin/text-format';
import { cuts, scanInPieces, skeletonText } from './json-text-arbitraries';
import { spanScanReady, WasmSpanScan } from './wasm-span-scan';

describe('the WebAssembly span reader', () => {
  it('is compiled from wasm/span-scan.ts as it is now (run `npm run build:wasm` after changing it)', async () => {
    const committed = readFileSync(new URL(`../../../${GENERATED}`, import.meta.url), 'utf8');
    expect(committed).toBe(generatedSource(await compileSpanScan()));
  });

  it('reads a long answer as the JavaScript scanner does, over many calls and the spans it leaves to it', async () => {
    expect(await spanScanReady).toBe(true);
    // ~30k spans: more events than one call may write (OUT_CAP), so the reader stops and is
    // called again; every 997th span has a place value that is not a plain string (a number,
    // an escape), which the JavaScript scanner reads instead.
    const spans = Array.from({ length: 30_000 }, (_, k) => ({
      traceId: 'ab'.repeat(16),
      spanId: k.toString(16).padStart(16, '0'),
      ...(k > 0 ? { parentSpanId: (k >> 1).toString(16).padStart(16, '0') } : {}),
      name: `op ${k} "quoted" \\ {not a brace}`,
      startTimeUnixNano: k % 997 === 5 ? 1_700_000_000_000 + k : String(1_700_000_000_000_000_000n + BigInt(k)),
      endTimeUnixNano: k % 997 === 9 ? 'a\nb' : String(1_700_000_000_000_001_000n + BigInt(k)),
      attributes: [{ key: 'spanId', value: { stringValue: '[{' } }],
    }));
    const text = JSON.stringify({ result: { resourceSpans: [{ scopeSpans: [{ spans }] }] } }, null, 2);
    const cuts = [0.13, 0.5, 0.77];
    const calls = vi.spyOn(WasmSpanScan.prototype, 'scanSpans');
    const withWasm = scanInPieces(OTLP_TEXT.shape, text, cuts, true)!;
    const read = calls.mock.results.map((r) => (r.value as { count: number } | undefined)?.count ?? 0);
    calls.mockRestore();
    // Most spans read by the reader, in more than one call per piece.
    expect(read.reduce((a, b) => a + b, 0)).toBeGreaterThan(29_000);
    expect(read.filter((count) => count > 0).length).toBeGreaterThan(4);
    const withoutWasm = scanInPieces(OTLP_TEXT.shape, text, cuts, false)!;
    expect(skeletonText(withWasm)).toBe(skeletonText(withoutWasm));
    expect(skeletonText(withWasm)).toContain('"startTimeUnixNano":1700000000005');
    const list = (withWasm.json as { result: { resourceSpans: { scopeSpans: { spans: unknown[] }[] }[] } }).result.resourceSpans[0]!.scopeSpans[0]!.spans;
    expect(list).toHaveLength(30_000);
    expect(withWasm.fullSpan(list[29_999])).toEqual(spans[29_999]);
  });

  it('reads strings with escapes and the bytes that matter in them as the JavaScript scanner does', async () => {
    expect(await spanScanReady).toBe(true);
    // Strings of any length made of the bytes that matter (quotes, backslashes, braces,
    // brackets, commas, colons) and others, escaped as JSON escapes them, anywhere in a piece.
    const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', 'a', ' ', 'é', '\n'), maxLength: 40 });
    const value = fc.oneof(tricky, fc.constant('0123456789abcdef'), fc.integer(), fc.array(tricky, { maxLength: 3 }), fc.dictionary(tricky, tricky, { maxKeys: 2 }));
    const span = fc.dictionary(fc.oneof(fc.constantFrom(...OTLP_TEXT.shape.placeFields), tricky), value, { maxKeys: 8 });
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 12 }), fc.string({ maxLength: 17 }), cuts, (spans, pad, cutAt) => {
        const text = JSON.stringify({ pad, resourceSpans: [{ scopeSpans: [{ spans }] }] });
        const withWasm = scanInPieces(OTLP_TEXT.shape, text, cutAt, true);
        const withoutWasm = scanInPieces(OTLP_TEXT.shape, text, cutAt, false);
        expect(withWasm && skeletonText(withWasm)).toBe(withoutWasm && skeletonText(withoutWasm));
        // Where each span's text is: its full object.
        const full = (skeleton: typeof withWasm) => {
          const list = (skeleton?.json as { resourceSpans: { scopeSpans: { spans: unknown[] }[] }[] } | undefined)?.resourceSpans[0]!.scopeSpans[0]!.spans;
          return list?.map((item) => skeleton!.fullSpan(item));
        };
        expect(full(withWasm)).toEqual(full(withoutWasm));
        // (No skeleton for a span with an escaped key: the answer is then parsed whole.)
        if (withWasm) expect(full(withWasm)).toEqual(spans);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads spans whose place fields are numbers and booleans (Zipkin) itself, not leaving them to JavaScript', async () => {
    expect(await spanScanReady).toBe(true);
    const spans = Array.from({ length: 2000 }, (_, k) => ({
      traceId: 'ab'.repeat(8),
      id: k.toString(16).padStart(16, '0'),
      name: 'get',
      timestamp: 1_700_000_000_000_000 + k,
      duration: 150 + k,
      shared: k % 2 === 0,
      kind: 'SERVER',
      tags: { 'http.path': `/items/${k}`, note: 'a "quoted", {braced} value' },
    }));
    const text = JSON.stringify(spans);
    const calls = vi.spyOn(WasmSpanScan.prototype, 'scanSpans');
    const withWasm = scanInPieces(ZIPKIN_TEXT.shape, text, [0.5], true)!;
    const read = calls.mock.results.reduce((sum, r) => sum + ((r.value as { count: number } | undefined)?.count ?? 0), 0);
    calls.mockRestore();
    expect(read).toBe(2000);
    expect(skeletonText(withWasm)).toBe(skeletonText(scanInPieces(ZIPKIN_TEXT.shape, text, [0.5], false)!));
  });
});
