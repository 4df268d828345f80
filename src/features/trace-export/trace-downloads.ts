import { encodeJaegerJson } from '../../adapters/jaeger/encode';
import { encodeOtlp } from '../../adapters/otlp/encode';
import { encodeZipkinJson } from '../../adapters/zipkin/encode';
import type { Trace, TraceFormat } from '../../model/types';
import { downloadText } from './download';
import { embedTraceData, type EmbeddedTrace } from './embed-data';
import { loadViewerTemplate } from './viewer-template';

const JSON_TYPE = 'application/json';

/** The trace as OTLP/JSON text (TracesData), as `otelcol` and Jaeger/Tempo importers read it. */
export function otlpJsonText(trace: Trace): string {
  return JSON.stringify(encodeOtlp(trace), null, 1);
}

export function downloadOtlpJson(trace: Trace): void {
  downloadText(`trace-${trace.traceId}.otlp.json`, otlpJsonText(trace), JSON_TYPE);
}

/** Formats whose own JSON can be written back; OTLP-family sources already have OTLP above. */
const SOURCE_FORMAT_LABEL: Partial<Record<TraceFormat, string>> = {
  'jaeger-json': 'Jaeger JSON',
  'zipkin-json': 'Zipkin JSON',
};

/** "Download as the source's JSON" applies when the source speaks a format other than OTLP. */
export function sourceFormatLabel(trace: Trace): string | null {
  return SOURCE_FORMAT_LABEL[trace.format] ?? null;
}

export function downloadSourceJson(trace: Trace): void {
  if (trace.format === 'jaeger-json') {
    downloadText(`trace-${trace.traceId}.jaeger.json`, JSON.stringify(encodeJaegerJson(trace), null, 1), JSON_TYPE);
  } else if (trace.format === 'zipkin-json') {
    downloadText(`trace-${trace.traceId}.zipkin.json`, JSON.stringify(encodeZipkinJson(trace), null, 1), JSON_TYPE);
  } else {
    throw new Error(`A ${trace.format} trace has no JSON of its own besides OTLP.`);
  }
}

/** The saved page: the viewer with the trace embedded, ready to open from disk. */
export async function offlineHtml(trace: Trace, sourceName: string, view: URLSearchParams): Promise<string> {
  const template = await loadViewerTemplate();
  const params = new URLSearchParams(view);
  params.delete('source');
  const data: EmbeddedTrace = {
    tracescope: 1,
    traceId: trace.traceId,
    sourceName,
    exportedAt: new Date().toISOString(),
    view: params.toString(),
    otlp: encodeOtlp(trace),
  };
  return embedTraceData(template, data);
}

export async function saveOfflineHtml(trace: Trace, sourceName: string, view: URLSearchParams): Promise<void> {
  downloadText(`trace-${trace.traceId}.html`, await offlineHtml(trace, sourceName, view), 'text/html');
}
