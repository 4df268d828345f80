// A span exporter that keeps compact, JSON-ready copies of the spans the SDK exported, in a
// bounded buffer, numbered so a reader can ask for "everything after cursor N".
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';

const MAX_RECORDS = 50_000;
const hrToMicros = ([s, ns]) => s * 1_000_000 + Math.floor(ns / 1000);

function plainAttributes(attrs) {
  const out = {};
  for (const [k, v] of Object.entries(attrs ?? {})) if (v !== undefined) out[k] = v;
  return out;
}

/** The JSON record of one exported span. */
export function toRecord(span) {
  const ctx = span.spanContext();
  const parent = span.parentSpanContext?.spanId ?? span.parentSpanId ?? null;
  const startUs = hrToMicros(span.startTime);
  const endUs = hrToMicros(span.endTime);
  return {
    traceId: ctx.traceId,
    spanId: ctx.spanId,
    parentSpanId: parent || null,
    name: span.name,
    kind: SpanKind[span.kind],
    service: String(span.resource.attributes['service.name']),
    startUs,
    durationUs: endUs - startUs,
    status: { code: SpanStatusCode[span.status.code], ...(span.status.message ? { message: span.status.message } : {}) },
    attributes: plainAttributes(span.attributes),
    events: span.events.map((e) => ({ name: e.name, timeUs: hrToMicros(e.time), attributes: plainAttributes(e.attributes) })),
    links: span.links.map((l) => ({ traceId: l.context.traceId, spanId: l.context.spanId, attributes: plainAttributes(l.attributes) })),
  };
}

export class RecordingExporter {
  constructor() {
    this.records = [];
    this.next = 0; // cursor of the next record
  }
  export(spans, done) {
    for (const span of spans) this.records.push({ n: this.next++, ...toRecord(span) });
    if (this.records.length > MAX_RECORDS) this.records.splice(0, this.records.length - MAX_RECORDS);
    done({ code: 0 });
  }
  /** Records numbered >= `cursor`. */
  since(cursor) {
    return this.records.filter((r) => r.n >= cursor);
  }
  forceFlush() {
    return Promise.resolve();
  }
  shutdown() {
    return Promise.resolve();
  }
}
