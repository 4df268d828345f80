// A big OTLP answer's places read from its bytes (text-places.ts) must be exactly what
// spanPlaceFast reads from each span JSON.parse gives, and the usual span must take the quick
// way. Random spans whose place fields are near the usual shape and just off it: ids of other
// lengths, cases and encodings, zero and empty parents, times of every length, with leading
// zeros or spaces, far apart or as numbers, snake_case and repeated keys, escaped values.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BodyBytes } from '../shared/body-bytes';
import { bytePieces, cuts, lit, obj, serialize, spacing, type Node } from '../shared/json-text-arbitraries';
import { TextSkeletonScanner } from '../shared/text-skeleton';
import { spanPlaceFast } from './span-fast-path';
import { OTLP_TEXT } from './text-format';
import { OtlpTextPlaces } from './text-places';
import { spanScanReady } from '../shared/wasm-span-scan';

const TRACE = 'ab'.repeat(16);
const T0 = 1_700_000_000_000_000_000n;

const hex16 = fc.stringMatching(/^[0-9a-f]{16}$/);
const usualTime = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((k) => (T0 + k).toString());
const unusualId = fc.constantFrom('', '0000000000000000', 'ABCDEF0123456789', 'q83vEjRWeJA=', 'abc', 'ab'.repeat(16), '00000000000000000000000000000001', ' 0123456789abcdef', 'a\nb');
/** Times apart in their 14th to 17th digit from the end (the exact difference's limit), or past 2^53 µs. */
const farTime = fc.oneof(
  fc.constantFrom('9007199254740991999', '9007199254740992000', '9999999999999999999'),
  fc
    .tuple(fc.integer({ min: 13, max: 16 }), fc.integer({ min: -9, max: 9 }), fc.bigInt({ min: 0n, max: 10n ** 15n }))
    .map(([digit, k, rest]) => (T0 + BigInt(k) * 10n ** BigInt(digit) + rest).toString()),
);
const unusualTime = fc.oneof(
  fc.constantFrom('0', '000', '0000', '1', '999', '1000', '12345', '99999999999999999999', '00001700000000000000000', ' 1700000000000000000', '1.5', ''),
  farTime,
  fc.bigInt({ min: 0n, max: 10n ** 21n }).map(String),
  fc.integer({ min: 0, max: 2 ** 40 }),
);
const value = (usual: fc.Arbitrary<unknown>, unusual: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 8, arbitrary: usual }, { weight: 1, arbitrary: unusual }, { weight: 1, arbitrary: fc.constantFrom(null, 12, true, {}, []) });

/** A span's place fields (and a name), keys in random order, sometimes snake_case or repeated. */
const span = fc
  .record({
    traceId: value(fc.constant(TRACE), fc.constantFrom(TRACE.toUpperCase(), 'cd'.repeat(16), 'ab'.repeat(8), '')),
    spanId: value(hex16, unusualId),
    parentSpanId: fc.option(value(hex16, unusualId), { nil: undefined }),
    startTimeUnixNano: value(usualTime, unusualTime),
    endTimeUnixNano: value(usualTime, unusualTime),
    snake: fc.array(fc.constantFrom('trace_id', 'span_id', 'parent_span_id', 'start_time_unix_nano', 'end_time_unix_nano'), { maxLength: 1 }),
    repeat: fc.array(fc.constantFrom('traceId', 'spanId', 'parentSpanId', 'startTimeUnixNano', 'endTimeUnixNano'), { maxLength: 1 }),
    order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  })
  .map(({ snake, repeat, order, ...fields }): Node => {
    const pairs: [string, Node][] = [['name', lit('op')]];
    for (const [key, v] of Object.entries(fields)) if (v !== undefined) pairs.push([key, lit(v)]);
    for (const key of snake) pairs.push([key, lit(fields.spanId)]);
    for (const key of repeat) pairs.push([key, lit(fields.startTimeUnixNano)]);
    const shuffled = pairs.map((p, k) => [order[k % order.length]! * 100 + k, p] as const).sort((a, b) => a[0] - b[0]);
    return obj(shuffled.map(([, p]) => p));
  });
const documentOf = (spans: fc.Arbitrary<Node[]>) =>
  spans.map((list) => obj([['result', obj([['resourceSpans', { arr: [obj([['scopeSpans', { arr: [obj([['spans', { arr: list }]])] }]])] }]])]]));

/** The bare skeleton spans of a scanned document, in order. */
function skeletalSpans(json: unknown): unknown[] {
  return (json as { result: { resourceSpans: { scopeSpans: { spans: unknown[] }[] }[] } }).result.resourceSpans[0]!.scopeSpans[0]!.spans;
}

/**
 * Scans `text` cut at `cutAt` and reads its places: with the spans, by WebAssembly (as
 * TextPreview does while an answer arrives), or in JavaScript when asked.
 */
function readPlaces(text: string, cutAt: readonly number[], wasm: boolean) {
  const pieces = bytePieces(text, cutAt);
  const places = new OtlpTextPlaces(TRACE);
  const scanner = new TextSkeletonScanner(OTLP_TEXT.shape, wasm, places);
  for (const piece of pieces) scanner.feed(piece);
  const skeleton = scanner.finish(new BodyBytes(pieces))!;
  return { skeleton, places, placeOf: (item: unknown) => places.placeOf(item, skeleton.spanFields) };
}

describe('OtlpTextPlaces', () => {
  it('reads from the bytes what spanPlaceFast reads from each parsed span, in WebAssembly or JavaScript, however the text is cut', async () => {
    expect(await spanScanReady).toBe(true);
    fc.assert(
      fc.property(documentOf(fc.array(span, { minLength: 1, maxLength: 12 })), spacing, cuts, fc.boolean(), (doc, spaces, cutAt, wasm) => {
        const text = serialize(doc, spaces);
        const parsed = skeletalSpans(JSON.parse(text));
        const { skeleton, placeOf } = readPlaces(text, cutAt, wasm);
        skeletalSpans(skeleton.json).forEach((bare, k) => expect(placeOf(bare)).toEqual(spanPlaceFast(parsed[k])));
      }),
      { numRuns: 800 },
    );
  });

  it('reads the usual span without making its fields, and with the span when WebAssembly reads it', async () => {
    expect(await spanScanReady).toBe(true);
    const usual = fc
      .record({ spanId: hex16, parentSpanId: fc.option(hex16, { nil: undefined }), start: usualTime, length: fc.bigInt({ min: 0n, max: 10n ** 9n }) })
      .map(({ spanId, parentSpanId, start, length }) => ({
        traceId: TRACE,
        spanId,
        ...(parentSpanId ? { parentSpanId } : {}),
        name: 'op',
        startTimeUnixNano: start,
        endTimeUnixNano: (BigInt(start) + length).toString(),
        attributes: [{ key: 'k', value: { stringValue: 'v' } }],
      }));
    fc.assert(
      fc.property(fc.array(usual, { minLength: 1, maxLength: 8 }), cuts, fc.boolean(), (spans, cutAt, wasm) => {
        const text = JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans }] }] });
        const { skeleton, places, placeOf } = readPlaces(text, cutAt, wasm);
        const record = vi.spyOn(skeleton.spanFields!, 'record');
        const readNow = vi.spyOn(places as unknown as { usualPlace: () => unknown }, 'usualPlace');
        const bare = (skeleton.json as { resourceSpans: { scopeSpans: { spans: unknown[] }[] }[] }).resourceSpans[0]!.scopeSpans[0]!.spans;
        bare.forEach((s, k) => expect(placeOf(s)).toEqual(spanPlaceFast(spans[k])));
        // Only a span with a value cut across two pieces is read the long way: one per cut at most.
        expect(record.mock.calls.length).toBeLessThanOrEqual(cutAt.length);
        // WebAssembly read every place with its span (it reads a piece of the text at a time: a
        // span cut by a piece is read with the next one); JavaScript reads them when asked.
        if (wasm) expect(readNow).not.toHaveBeenCalled();
        else expect(readNow).toHaveBeenCalledTimes(spans.length);
      }),
      { numRuns: 200 },
    );
  });

  it('computes durations as spanPlaceFast does for starts and ends far apart', async () => {
    expect(await spanScanReady).toBe(true);
    // 19 digits sharing the first 2, 3 or 4: tails of 15 to 17 digits, past 2^53 or not.
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const pair = fc.integer({ min: 2, max: 4 }).chain((shared) => fc.tuple(digits(shared), digits(19 - shared), digits(19 - shared)));
    const far = fc
      .oneof(pair.map(([prefix, a, b]) => [`1${prefix.slice(1)}${a}`, `1${prefix.slice(1)}${b}`] as const), fc.tuple(farTime, farTime))
      .map(([start, end]) => ({ traceId: TRACE, spanId: '0123456789abcdef', startTimeUnixNano: start, endTimeUnixNano: end }));
    fc.assert(
      fc.property(fc.array(far, { minLength: 1, maxLength: 6 }), fc.boolean(), (spans, wasm) => {
        const { skeleton, placeOf } = readPlaces(JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans }] }] }), [], wasm);
        const bare = (skeleton.json as { resourceSpans: { scopeSpans: { spans: unknown[] }[] }[] }).resourceSpans[0]!.scopeSpans[0]!.spans;
        bare.forEach((s, k) => expect(placeOf(s)).toEqual(spanPlaceFast(spans[k])));
      }),
      { numRuns: 500 },
    );
  });

  it('matches the span ids in WebAssembly as the layout would, when it read every span', async () => {
    expect(await spanScanReady).toBe(true);
    // Few ids, so that spans share them; parents that no span has, or zero (no parent).
    const pool = ['0123456789abcdef', 'fedcba9876543210', '00000000000000a1', 'ffffffffffffffff', '8000000000000000'];
    const linked = fc
      .record({
        spanId: fc.constantFrom(...pool),
        parentSpanId: fc.option(fc.constantFrom(...pool, '0000000000000000', '1111111111111111'), { nil: undefined }),
        start: usualTime,
      })
      .map(({ spanId, parentSpanId, start }) => ({
        traceId: TRACE,
        spanId,
        ...(parentSpanId ? { parentSpanId } : {}),
        startTimeUnixNano: start,
        endTimeUnixNano: start,
      }));
    fc.assert(
      fc.property(fc.array(linked, { minLength: 1, maxLength: 30 }), fc.oneof(fc.constant([]), cuts), (spans, cutAt) => {
        const text = JSON.stringify({ result: { resourceSpans: [{ scopeSpans: [{ spans }] }] } });
        const { skeleton, places, placeOf } = readPlaces(text, cutAt, true);
        const bare = skeletalSpans(skeleton.json);
        const columns = places.columns(bare, skeleton.spanFields!);
        // A span cut by a piece is read by JavaScript: then the preview reads each place.
        if (cutAt.length === 0) expect(columns).toBeDefined();
        if (columns === undefined) return;
        const inputs = bare.map((b) => placeOf(b)!);
        // The columns hold the places placeOf reads, made on demand or all at once.
        expect(inputs.map((_, v) => columns.place(v))).toEqual(inputs);
        expect(columns.all()).toEqual(inputs);
        expect(columns.place(0)).toBe(columns.all()[0]);
        expect(Array.from(columns.start)).toEqual(inputs.map((p) => p.startUs));
        expect(Array.from(columns.duration)).toEqual(inputs.map((p) => p.durationUs));
        const { matched } = columns;
        const firstOf = (id: string) => inputs.findIndex((p) => p.spanId === id);
        expect(Array.from(matched.firstWithId)).toEqual(inputs.map((p) => firstOf(p.spanId)));
        expect(Array.from(matched.parentFirst)).toEqual(inputs.map((p) => (p.parentSpanId === null ? -1 : firstOf(p.parentSpanId))));
      }),
      { numRuns: 300 },
    );
  });

  it('gives no columns when the spans are not the ones read, in that order', async () => {
    expect(await spanScanReady).toBe(true);
    const spans = ['0123456789abcdef', 'fedcba9876543210'].map((spanId) => ({ traceId: TRACE, spanId, startTimeUnixNano: '1700000000000000000', endTimeUnixNano: '1700000000000001000' }));
    const { skeleton, places } = readPlaces(JSON.stringify({ result: { resourceSpans: [{ scopeSpans: [{ spans }] }] } }), [], true);
    const bare = skeletalSpans(skeleton.json);
    expect(places.columns(bare, skeleton.spanFields!)).toBeDefined();
    expect(places.columns([...bare].reverse(), skeleton.spanFields!)).toBeUndefined();
    expect(places.columns(bare.slice(1), skeleton.spanFields!)).toBeUndefined();
    // Without WebAssembly no places were read with the spans.
    const js = readPlaces(JSON.stringify({ result: { resourceSpans: [{ scopeSpans: [{ spans }] }] } }), [], false);
    expect(js.places.columns(skeletalSpans(js.skeleton.json), js.skeleton.spanFields!)).toBeUndefined();
  });

  it('takes a span that is not a bare skeleton span to spanPlaceFast', () => {
    const { placeOf } = readPlaces('{"resourceSpans":[]}', [], false);
    const parsed = { traceId: TRACE, spanId: '0123456789abcdef', startTimeUnixNano: '1700000000000000000', endTimeUnixNano: '1700000000000001000' };
    expect(placeOf(parsed)).toEqual(spanPlaceFast(parsed));
    expect(placeOf(42)).toBeUndefined();
    expect(new OtlpTextPlaces(TRACE).placeOf(parsed, undefined)).toEqual(spanPlaceFast(parsed));
  });
});
