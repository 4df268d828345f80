// The text scanner must give exactly what JSON.parse gives, with each span reduced to its
// place fields, however the text is cut into pieces: random OTLP-shaped documents (every
// envelope, snake_case and camelCase lists, extra fields everywhere, place fields of every
// JSON type, escapes, duplicate keys, nested objects with span-like keys) in random spacing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyJson, anyKey, cuts, extras, lit, obj, scalar, scanInPieces, serialize, skeletonText, spacing, type Node } from '../shared/json-text-arbitraries';
import { spanScanReady } from '../shared/wasm-span-scan';
import { OTLP_TEXT } from './text-format';

const PLACE_KEYS = OTLP_TEXT.shape.placeFields;
const placeValue = fc.oneof(
  fc.constantFrom('0000000000000001', '00000000000000ff', 'ab'.repeat(16), 'AB'.repeat(8), 'q83vEjRWeJA=', '', 'a\\"b').map(lit),
  fc.constantFrom('1700000000000000000', '1700000000123456789', 1_700_000_000_000, -5, 1.5e300).map(lit),
  scalar,
  anyJson,
);
const span = fc
  .array(fc.oneof(fc.tuple(fc.constantFrom(...PLACE_KEYS), placeValue), fc.tuple(anyKey, anyJson)), { maxLength: 8 })
  .map(obj);
const spanList = fc.array(fc.oneof({ weight: 6, arbitrary: span }, { weight: 1, arbitrary: scalar }), { maxLength: 5 });
const scope = fc
  .tuple(extras, fc.option(anyJson), fc.option(spanList.map((arr): Node => ({ arr }))))
  .map(([more, scopeValue, spans]) => obj([...(scopeValue ? [['scope', scopeValue] as const] : []), ...(spans ? [['spans', spans] as const] : []), ...more]));
const scopeListKey = fc.constantFrom('scopeSpans', 'scope_spans', 'instrumentationLibrarySpans', 'instrumentation_library_spans');
const resource = fc
  .tuple(extras, fc.option(anyJson), scopeListKey, fc.array(fc.oneof({ weight: 5, arbitrary: scope }, { weight: 1, arbitrary: scalar }), { maxLength: 3 }))
  .map(([more, resourceValue, key, scopes]) => obj([...(resourceValue ? [['resource', resourceValue] as const] : []), [key, { arr: scopes }], ...more]));
const resourceListKey = fc.constantFrom('resourceSpans', 'resource_spans', 'batches');
const resourceList = fc
  .tuple(resourceListKey, fc.array(fc.oneof({ weight: 5, arbitrary: resource }, { weight: 1, arbitrary: scalar }), { maxLength: 3 }))
  .map(([key, list]) => [key, { arr: list }] as const);
const document = fc.oneof(
  fc.tuple(resourceList, extras).map(([list, more]) => obj([list, ...more])),
  fc.tuple(fc.constantFrom('result', 'trace'), resourceList, extras, extras).map(([envelope, list, inner, outer]) => obj([[envelope, obj([list, ...inner])], ...outer])),
  // Duplicate keys: JSON.parse keeps the last value.
  fc.tuple(resourceList, resourceList).map(([a, b]) => obj([a, b])),
);

/** JSON.parse's value with every span object (where the decoders look for spans) reduced to its place fields. */
function reduced(json: unknown): unknown {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const keep = (o: Record<string, unknown>, f: (key: string, v: unknown) => unknown) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(k, v)]));
  const spanOf = (v: unknown) => (isObject(v) ? Object.fromEntries(Object.entries(v).filter(([k]) => PLACE_KEYS.includes(k))) : v);
  const scopeOf = (v: unknown) => (isObject(v) ? keep(v, (k, x) => (k === 'spans' && Array.isArray(x) ? x.map(spanOf) : x)) : v);
  const scopeLists = ['scopeSpans', 'scope_spans', 'instrumentationLibrarySpans', 'instrumentation_library_spans'];
  const resourceOf = (v: unknown) => (isObject(v) ? keep(v, (k, x) => (scopeLists.includes(k) && Array.isArray(x) ? x.map(scopeOf) : x)) : v);
  const lists = ['resourceSpans', 'resource_spans', 'batches'];
  const envelopeOf = (v: unknown) => (isObject(v) ? keep(v, (k, x) => (lists.includes(k) && Array.isArray(x) ? x.map(resourceOf) : x)) : v);
  if (!isObject(json)) return json;
  return keep(json, (k, x) => (lists.includes(k) && Array.isArray(x) ? x.map(resourceOf) : (k === 'result' || k === 'trace') && isObject(x) ? envelopeOf(x) : x));
}

/** The span objects of a document, in the decoders' order (the same walk as `reduced`). */
function spansOf(json: unknown): unknown[] {
  const found: unknown[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const lists = ['resourceSpans', 'resource_spans', 'batches'];
  const scopeLists = ['scopeSpans', 'scope_spans', 'instrumentationLibrarySpans', 'instrumentation_library_spans'];
  const visitResources = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const r of list) {
      if (!isObject(r)) continue;
      for (const [k, scopes] of Object.entries(r)) {
        if (!scopeLists.includes(k) || !Array.isArray(scopes)) continue;
        for (const s of scopes) if (isObject(s) && Array.isArray(s.spans)) found.push(...s.spans.filter(isObject));
      }
    }
  };
  if (!isObject(json)) return found;
  for (const [k, v] of Object.entries(json)) {
    if (lists.includes(k)) visitResources(v);
    else if ((k === 'result' || k === 'trace') && isObject(v)) for (const [k2, v2] of Object.entries(v)) if (lists.includes(k2)) visitResources(v2);
  }
  return found;
}

const scan = (text: string, cutAt: readonly number[], useWasm = true) => scanInPieces(OTLP_TEXT.shape, text, cutAt, useWasm);

describe('TextSkeletonScanner on OTLP', () => {
  it('gives JSON.parse’s value with spans reduced to their places, and each span’s full object, however the text is cut', async () => {
    // With the WebAssembly span reader and without: the same skeleton.
    expect(await spanScanReady).toBe(true);
    fc.assert(
      fc.property(document, spacing, cuts, fc.boolean(), (doc, spaces, cutAt, useWasm) => {
        const text = serialize(doc, spaces);
        const json: unknown = JSON.parse(text);
        const skeleton = scan(text, cutAt, useWasm);
        expect(skeleton).toBeDefined();
        expect(skeletonText(skeleton!)).toBe(JSON.stringify(reduced(json)));
        const full = spansOf(json);
        const skeletal = spansOf(skeleton!.json);
        expect(skeletal).toHaveLength(full.length);
        // In order (as the decode asks: batches of spans in one JSON.parse), and out of order.
        skeletal.forEach((s, k) => expect(skeleton!.fullSpan(s)).toEqual(full[k]));
        for (let k = skeletal.length - 1; k >= 0; k--) expect(skeleton!.fullSpan(skeletal[k])).toEqual(full[k]);
        const other = {};
        expect(skeleton!.fullSpan(other)).toBe(other); // not a skeleton's span: as it is
      }),
      { numRuns: 600 },
    );
  });

  it('gives no skeleton, and never throws, for text that is not a whole JSON object', () => {
    fc.assert(
      fc.property(document, spacing, cuts, fc.integer({ min: 1, max: 40 }), (doc, spaces, cutAt, chop) => {
        const text = serialize(doc, spaces);
        // Cut short, or followed by more: no document JSON.parse would take.
        expect(scan(text.slice(0, Math.max(0, text.length - chop)), cutAt)).toBeUndefined();
        expect(scan(`${text}{}`, cutAt)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
    for (const text of ['[]', '"x"', '12', 'null', '', '  ', '{"a":tru}', '{"resourceSpans":[{"scopeSpans":[{"spans":[{"spanId":1,}]}]}]}']) {
      expect(() => scan(text, [0.5])).not.toThrow();
    }
    expect(scan('{"a":tru}', [])).toBeUndefined();
  });

  it('leaves documents with escaped or prototype keys to JSON.parse', () => {
    // An escaped key may spell a place field ("span\u0049d" is spanId): not read as text.
    expect(scan('{"resourceSpans":[{"scopeSpans":[{"spans":[{"span\\u0049d":"01"}]}]}]}', [])).toBeUndefined();
    expect(scan('{"__proto__":{"resourceSpans":[]}}', [])).toBeUndefined();
    expect(scan('{"resourceSpans":[],"__proto__":1}', [])).toBeUndefined();
  });
});
