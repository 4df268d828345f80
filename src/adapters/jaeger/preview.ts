import { AttributeInterner } from '../../model/attribute-interner';
import { DecodeError, type SpanInput } from '../../model/span-input';
import { PREVIEW_MIN_SPANS, previewFromPlaces, type Previewed } from '../../model/trace-preview';
import { isRecord, join, own } from '../shared/decode-helpers';
import { isJaegerEnvelope } from './decode';
import { decodeProcesses, decodeUiSpan, uiSpanPlace, type JaegerPlace } from './decode-span';

/**
 * The first `rowCount` waterfall rows of trace `traceId` in an answer of Jaeger's older
 * /api/traces/{id} (`{data: [trace]}`), from every span's ids and times and only those rows
 * decoded. Undefined for small traces and for anything unusual (several traces, a span with
 * an invalid id or an unreadable field, unreadable processes): the full decode then says
 * what it is.
 */
export function previewJaeger(
  json: unknown,
  traceId: string,
  rowCount: number,
  minSpans = PREVIEW_MIN_SPANS,
): Previewed<JaegerPlace> | undefined {
  if (!isJaegerEnvelope(json)) return undefined;
  const data = own(json, 'data') as unknown[];
  const trace = data[0];
  if (data.length !== 1 || !isRecord(trace)) return undefined;
  const spans = own(trace, 'spans');
  const rawTraceId = own(trace, 'traceID');
  if (!Array.isArray(spans) || spans.length < minSpans) return undefined;
  if (rawTraceId !== undefined && rawTraceId !== null && typeof rawTraceId !== 'string') return undefined;
  const fallbackTraceId = rawTraceId ?? undefined;
  const places = new Array<JaegerPlace>(spans.length);
  for (let v = 0; v < spans.length; v++) {
    const place = uiSpanPlace(spans[v], fallbackTraceId);
    if (place === undefined || place.traceId !== traceId) return undefined;
    places[v] = place;
  }
  // The paths decodeJaegerJson gives: warnings name where they are.
  const tracePath = join('data', 0);
  const spansPath = join(tracePath, 'spans');
  const interner = new AttributeInterner();
  try {
    const processes = decodeProcesses(own(trace, 'processes'), join(tracePath, 'processes'));
    const inputAt = (v: number): SpanInput | undefined => decodeUiSpan(spans[v], join(spansPath, v), processes, fallbackTraceId, interner);
    return previewFromPlaces(traceId, places, rowCount, inputAt);
  } catch (e) {
    if (e instanceof DecodeError) return undefined;
    throw e;
  }
}
