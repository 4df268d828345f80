import { AttributeInterner } from '../../model/attribute-interner';
import type { DecodedPayload } from '../../model/span-input';
import { PREVIEW_MIN_SPANS, type Previewed } from '../../model/trace-preview';
import type { TraceFormat } from '../../model/types';
import { decodeJaegerJson, isJaegerEnvelope, isJaegerJson } from '../jaeger/decode';
import { uiSpanPlace } from '../jaeger/decode-span';
import { previewJaeger } from '../jaeger/preview';
import { decodeOtlp, unwrap, visitScopeSpans } from '../otlp/decode';
import { previewOtlp } from '../otlp/preview';
import { spanPlaceFast } from '../otlp/span-fast-path';
import { isRecord, own } from '../shared/decode-helpers';
import { decodeZipkin, isZipkinJson } from '../zipkin/decode';
import { zipkinPlace } from '../zipkin/decode-span';
import { previewZipkin } from '../zipkin/preview';
import { isOtlpJson } from './detect-format';

/** A big file's trace, previewed: its id and its first rows (model/trace-preview.ts). */
export interface PreviewedFile {
  readonly traceId: string;
  readonly format: TraceFormat;
  readonly previewed: Previewed;
  /** decodeFile's decode of the document, taking over what the preview read where it can. */
  readonly decode: () => DecodedPayload;
}

/**
 * The preview of a parsed trace file that holds one big trace (OTLP JSON, Jaeger's
 * `{data: [trace]}`, Zipkin JSON), taken as decodeFile would take the file: the formats in
 * its order, the trace id from the first span. Undefined for anything else (small or several
 * traces, JSON Lines, an unusual span): the file then opens as before, decoded whole.
 */
export function previewFile(json: unknown, rowCount: number, minSpans = PREVIEW_MIN_SPANS): PreviewedFile | undefined {
  const traceId = firstTraceId(json);
  if (traceId === undefined) return undefined;
  // decodeFile's order: a document both guards take is read as the first one's.
  if (isOtlpJson(json)) {
    const previewed = previewOtlp(json, traceId, rowCount, minSpans);
    const format = isRecord(json) && own(json, 'batches') !== undefined ? 'tempo-json' : 'otlp-json';
    return previewed && { traceId, format, previewed, decode: () => decodeOtlp(json, format, previewed.laidOut.places) };
  }
  if (isJaegerJson(json)) {
    const previewed = previewJaeger(json, traceId, rowCount, minSpans);
    return previewed && { traceId, format: 'jaeger-json', previewed, decode: () => decodeJaegerJson(json) };
  }
  const previewed = isZipkinJson(json) ? previewZipkin(json, traceId, rowCount, minSpans) : undefined;
  return previewed && { traceId, format: 'zipkin-json', previewed, decode: () => decodeZipkin(json) };
}

/** The trace id of the file's first span, where a preview could read it. */
function firstTraceId(json: unknown): string | undefined {
  try {
    if (isOtlpJson(json)) {
      let first: unknown;
      for (const r of unwrap(json as Record<string, unknown>, '').resourceSpans) {
        visitScopeSpans(r.value, r.path, new AttributeInterner(), (_context, spans) => {
          if (first === undefined && spans.length > 0) first = spans[0];
        });
        if (first !== undefined) break;
      }
      return spanPlaceFast(first)?.traceId;
    }
    if (isJaegerJson(json)) {
      if (!isJaegerEnvelope(json)) return undefined;
      const trace = (own(json, 'data') as unknown[])[0];
      if (!isRecord(trace)) return undefined;
      const spans = own(trace, 'spans');
      const traceId = own(trace, 'traceID');
      return Array.isArray(spans) ? uiSpanPlace(spans[0], typeof traceId === 'string' ? traceId : undefined)?.traceId : undefined;
    }
    if (isZipkinJson(json) && Array.isArray(json)) return zipkinPlace(json[0])?.traceId;
  } catch {
    // What the full decode will report, with its path.
  }
  return undefined;
}
