import type { TextPreviewFormat } from '../shared/text-preview';
import { RESOURCE_LIST_KEYS, SCOPE_LIST_KEYS } from './decode';
import { previewOtlp } from './preview';
import type { SpanPlace } from './span-fast-path';
import { OtlpTextPlaces } from './text-places';

/** OTLP answers (Jaeger /api/v3, Tempo) read as text: see shared/text-preview.ts. */
export const OTLP_TEXT: TextPreviewFormat<SpanPlace> = {
  shape: {
    root: 'otlp',
    // decode.ts's `unwrap`: Jaeger's `{result: …}`, Tempo v2's `{trace: …}`.
    envelopeKeys: ['result', 'trace'],
    resourceListKeys: RESOURCE_LIST_KEYS,
    scopeListKeys: SCOPE_LIST_KEYS,
    // What span-fast-path.ts placeOf reads.
    placeFields: [
      'traceId', 'trace_id', 'spanId', 'span_id', 'parentSpanId', 'parent_span_id',
      'startTimeUnixNano', 'start_time_unix_nano', 'endTimeUnixNano', 'end_time_unix_nano',
    ],
    traceIdFields: 2,
    // The places are read from the bytes (text-places.ts).
    bareSpans: true,
  },
  preview: previewOtlp,
  placeReader: (traceId) => new OtlpTextPlaces(traceId),
};
