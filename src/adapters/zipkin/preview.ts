import { AttributeInterner } from '../../model/attribute-interner';
import { DecodeError, type SpanInput } from '../../model/span-input';
import { PREVIEW_MIN_SPANS, previewFromPlaces, type Previewed } from '../../model/trace-preview';
import { join } from '../shared/decode-helpers';
import { decodeZipkinSpan, zipkinPlace, type ZipkinPlace } from './decode-span';

/**
 * The first `rowCount` waterfall rows of trace `traceId` in a Zipkin trace-by-id answer (an
 * array of spans), from every span's ids and times and only those rows decoded. Undefined
 * for small traces and for anything unusual (several traces, a span with an invalid id or
 * an unreadable field): the full decode then says what it is. `fullSpan`: a span of `json` as
 * decodeZipkin would see it (for a text skeleton, whose spans hold only their places).
 */
export function previewZipkin(
  json: unknown,
  traceId: string,
  rowCount: number,
  minSpans = PREVIEW_MIN_SPANS,
  fullSpan: (raw: unknown) => unknown = asIs,
): Previewed<ZipkinPlace> | undefined {
  if (!Array.isArray(json) || json.length < minSpans) return undefined;
  const places = new Array<ZipkinPlace>(json.length);
  for (let v = 0; v < json.length; v++) {
    const place = zipkinPlace(json[v]);
    if (place === undefined || place.traceId !== traceId) return undefined;
    places[v] = place;
  }
  const interner = new AttributeInterner();
  const inputAt = (v: number): SpanInput | undefined => {
    try {
      // The path decodeZipkin gives it: warnings name where they are.
      return decodeZipkinSpan(fullSpan(json[v]), join('', v), interner);
    } catch (e) {
      if (e instanceof DecodeError) return undefined;
      throw e;
    }
  };
  return previewFromPlaces(traceId, places, rowCount, inputAt);
}

const asIs = (raw: unknown): unknown => raw;
