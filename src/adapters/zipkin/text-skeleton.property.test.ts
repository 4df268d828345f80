// The text scanner on Zipkin answers (a list of spans) gives exactly what JSON.parse gives,
// with each span reduced to its place fields, however the text is cut into pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyJson, anyKey, cuts, lit, obj, scalar, scanInPieces, serialize, spacing, type Node } from '../shared/json-text-arbitraries';
import { spanScanReady } from '../shared/wasm-span-scan';
import { ZIPKIN_TEXT } from './text-format';

const FIELDS = ZIPKIN_TEXT.shape.placeFields;
const placeValue = fc.oneof(
  fc.constantFrom('0000000000000001', '00000000000000ff', '4d1e00c0db9010db', 'ab'.repeat(16), '', 'SERVER', 'client').map(lit),
  fc.constantFrom(1_700_000_000_000_000, 0, -3, 12.5, true, false).map(lit),
  scalar,
  anyJson,
);
const span = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...FIELDS), placeValue),
      fc.tuple(fc.constantFrom('localEndpoint', 'remoteEndpoint', 'tags', 'annotations', 'name'), anyJson),
      fc.tuple(anyKey, anyJson),
    ),
    { maxLength: 9 },
  )
  .map(obj);
const document = fc.array(fc.oneof({ weight: 8, arbitrary: span }, { weight: 1, arbitrary: scalar }), { maxLength: 8 }).map((arr): Node => ({ arr }));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const reduced = (json: unknown[]) =>
  json.map((s) => (isObject(s) ? Object.fromEntries(Object.entries(s).filter(([k]) => FIELDS.includes(k))) : s));
const scan = (text: string, cutAt: readonly number[], useWasm = true) => scanInPieces(ZIPKIN_TEXT.shape, text, cutAt, useWasm);

describe('TextSkeletonScanner on Zipkin', () => {
  it('gives JSON.parse’s list with spans reduced to their places, and each span’s full object, however the text is cut', async () => {
    // With the WebAssembly span reader and without: the same skeleton (Zipkin's times are numbers).
    expect(await spanScanReady).toBe(true);
    fc.assert(
      fc.property(document, spacing, cuts, fc.boolean(), (doc, spaces, cutAt, useWasm) => {
        const text = serialize(doc, spaces);
        const json = JSON.parse(text) as unknown[];
        const skeleton = scan(text, cutAt, useWasm);
        expect(skeleton).toBeDefined();
        expect(JSON.stringify(skeleton!.json)).toBe(JSON.stringify(reduced(json)));
        (skeleton!.json as unknown[]).forEach((s, k) => {
          if (isObject(s)) expect(skeleton!.fullSpan(s)).toEqual(json[k]);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives no skeleton for an object, a truncated list or text after it', () => {
    expect(scan('{"traceId":"01"}', [])).toBeUndefined();
    expect(scan('[{"traceId":"01"}', [0.5])).toBeUndefined();
    expect(scan('[{"traceId":"01"}] []', [0.5])).toBeUndefined();
    expect(scan(' [ ] ', [0.5])?.json).toEqual([]);
  });
});
