import { AttributeInterner } from '../../model/attribute-interner';
import type { SpanInput } from '../../model/span-input';
import type { PlaceColumns } from '../../model/place-columns';
import { PREVIEW_MIN_SPANS, previewFromColumns, previewFromPlaces, type Previewed } from '../../model/trace-preview';
import { isRecord } from '../shared/decode-helpers';
import { unwrap, visitScopeSpans } from './decode';
import type { SpanContext } from './decode-span';
import { plainReadsAreOwnReads } from './fast-path-guard';
import { decodeOtlpSpanFast, spanPlaceFast, type SpanPlace } from './span-fast-path';

const GIVE_UP = Symbol('no preview');

/**
 * The first `rowCount` waterfall rows of trace `traceId` in an OTLP payload (any envelope
 * decodeOtlp reads), from every span's ids and times and only those rows decoded. Undefined
 * for small traces and for anything unusual: several traces, a span of an unusual shape or
 * with an invalid id, a payload decodeOtlp would refuse. The full decode then says what it is.
 * `fullSpan`: a span of `json` as decodeOtlp would see it (for a text skeleton, whose spans
 * hold only their places: see text-skeleton.ts); `placeOf`: a span's place (for a bare
 * skeleton, read from the bytes: text-places.ts); `columnsOf`: the spans' places (in input
 * order) as columns, ids matched, when the reader holds them so (text-places.ts: WebAssembly
 * read them all).
 */
export function previewOtlp(
  json: unknown,
  traceId: string,
  rowCount: number,
  minSpans = PREVIEW_MIN_SPANS,
  fullSpan: (raw: unknown) => unknown = asIs,
  placeOf: (raw: unknown) => SpanPlace | undefined = spanPlaceFast,
  columnsOf?: (raws: readonly unknown[]) => PlaceColumns<SpanPlace> | undefined,
): Previewed<SpanPlace> | undefined {
  if (!isRecord(json) || !plainReadsAreOwnReads()) return undefined;
  try {
    const lists: { context: SpanContext; spans: readonly unknown[] }[] = [];
    const interner = new AttributeInterner();
    for (const r of unwrap(json, '').resourceSpans) {
      visitScopeSpans(r.value, r.path, interner, (context, spans) => lists.push({ context, spans }));
    }
    let total = 0;
    for (const list of lists) total += list.spans.length;
    if (total < minSpans) return undefined;
    const raws = new Array<unknown>(total);
    const contexts = new Array<SpanContext>(total);
    let v = 0;
    for (const { context, spans } of lists) {
      for (let k = 0; k < spans.length; k++, v++) {
        raws[v] = spans[k];
        contexts[v] = context;
      }
    }
    const columns = columnsOf?.(raws);
    if (columns !== undefined) {
      const inputAt = (u: number): SpanInput | undefined => decodeOtlpSpanFast(fullSpan(raws[u]), contexts[u]!, columns.place(u));
      return previewFromColumns(traceId, columns, rowCount, inputAt);
    }
    const places = new Array<SpanPlace>(total);
    for (let u = 0; u < total; u++) {
      const place = placeOf(raws[u]);
      if (place === undefined || place.traceId !== traceId) throw GIVE_UP;
      places[u] = place;
    }
    const inputAt = (u: number): SpanInput | undefined => decodeOtlpSpanFast(fullSpan(raws[u]), contexts[u]!, places[u]);
    return previewFromPlaces(traceId, places, rowCount, inputAt);
  } catch {
    // GIVE_UP, or what the full decode will report with its path.
    return undefined;
  }
}

const asIs = (raw: unknown): unknown => raw;
