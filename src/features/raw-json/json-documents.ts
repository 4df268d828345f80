import { encodeJaegerJson } from '../../adapters/jaeger/encode';
import { encodeOtlp } from '../../adapters/otlp/encode';
import { encodeZipkinJson } from '../../adapters/zipkin/encode';
import { lazyList } from '../../lib/json-pieces';
import type { Trace } from '../../model/types';

export type JsonDocumentKind = 'otlp' | 'source' | 'model';

export interface JsonDocumentOption {
  readonly kind: JsonDocumentKind;
  readonly label: string;
}

/** What the JSON view can show for this trace: OTLP always, the source's own JSON when it has one, the model. */
export function jsonDocumentOptions(trace: Trace): JsonDocumentOption[] {
  const out: JsonDocumentOption[] = [{ kind: 'otlp', label: 'OTLP JSON' }];
  if (trace.format === 'jaeger-json') out.push({ kind: 'source', label: 'Jaeger JSON' });
  if (trace.format === 'zipkin-json') out.push({ kind: 'source', label: 'Zipkin JSON' });
  out.push({ kind: 'model', label: 'Tracescope model' });
  return out;
}

/**
 * The value to print. The encoded documents' spans are encoded as the printer reaches them
 * (lazyList), so the first lines of a 100k-span trace show at once. The model dump leaves
 * out the uid index (a Map, derived from the spans) and keeps everything else as the app
 * holds it.
 */
export function jsonDocument(trace: Trace, kind: JsonDocumentKind): unknown {
  switch (kind) {
    case 'otlp':
      return encodeOtlp(trace, lazyList);
    case 'source':
      if (trace.format === 'jaeger-json') return encodeJaegerJson(trace, lazyList);
      if (trace.format === 'zipkin-json') return encodeZipkinJson(trace, lazyList);
      return encodeOtlp(trace, lazyList);
    case 'model': {
      const { byUid: _index, ...rest } = trace;
      return rest;
    }
  }
}
