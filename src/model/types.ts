import type { Micros } from '../lib/units';

/** OTLP span kinds, named. Jaeger `span.kind` tags and Zipkin kinds map onto these. */
export type SpanKind = 'unspecified' | 'internal' | 'server' | 'client' | 'producer' | 'consumer';

export type StatusCode = 'unset' | 'ok' | 'error';
export interface SpanStatus {
  readonly code: StatusCode;
  readonly message?: string;
}

/**
 * Typed attribute values. `int` keeps a decimal string when the value is beyond ±(2^53−1),
 * so 64-bit ids and counters survive unchanged; `bytes` is base64 as on the wire.
 */
export type AttributeValue =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'int'; readonly value: number | string }
  | { readonly type: 'double'; readonly value: number }
  | { readonly type: 'bytes'; readonly value: string }
  | { readonly type: 'array'; readonly value: readonly AttributeValue[] }
  | { readonly type: 'map'; readonly value: readonly Attribute[] };

export interface Attribute {
  readonly key: string;
  readonly value: AttributeValue;
}

export interface SpanEvent {
  readonly timeUs: Micros;
  readonly name: string;
  readonly attributes: readonly Attribute[];
}

/** Jaeger references other than the parent, OTLP links, and Zipkin has none. */
export type LinkKind = 'link' | 'child_of' | 'follows_from';
export interface SpanLink {
  readonly traceId: string;
  readonly spanId: string;
  readonly kind: LinkKind;
  readonly attributes: readonly Attribute[];
}

export interface InstrumentationScope {
  readonly name: string;
  readonly version?: string;
  readonly attributes: readonly Attribute[];
}

/** Problems found in the data. Never fixed silently; every one is shown to the user. */
export type WarningKind =
  | 'orphan' // parent id not present in the trace
  | 'duplicate-span-id'
  | 'parent-cycle'
  | 'child-outside-parent'
  | 'missing-timestamp'
  | 'missing-duration'
  | 'negative-duration'
  | 'multiple-traces' // a payload holding several traces
  | 'invalid-id'
  | 'clock-skew'
  | 'truncated' // the backend says the trace was cut (Tempo PARTIAL)
  | 'source-warning'; // a warning the backend itself attached (Jaeger `warnings`)

export interface DataWarning {
  readonly kind: WarningKind;
  readonly message: string;
}

/** A trace-level warning, pointing at the spans it concerns (indices into Trace.spans). */
export interface TraceWarning extends DataWarning {
  readonly spanIndices: readonly number[];
}

/**
 * One span of a built trace. Spans live in Trace.spans in depth-first pre-order (children
 * ordered by start time), so the subtree of span i is the contiguous range
 * [i, subtreeEnd). Views walk ranges and index arrays, never recursion.
 */
export interface Span {
  readonly index: number;
  /** Unique within the trace: the span id, or `<spanId>~<n>` for the n-th (n ≥ 2) duplicate. */
  readonly uid: string;
  readonly traceId: string;
  readonly spanId: string;
  /** The parent id as the data states it (may be absent from the trace). */
  readonly parentSpanId: string | null;
  readonly parentIndex: number; // -1 for a root
  readonly children: readonly number[];
  readonly subtreeEnd: number;
  readonly depth: number;
  readonly name: string;
  readonly service: string;
  readonly kind: SpanKind;
  readonly startUs: Micros;
  readonly durationUs: Micros;
  readonly endUs: Micros;
  /** Time not covered by any child (children's overlapping intervals merged, clamped to the span). */
  readonly selfTimeUs: Micros;
  readonly status: SpanStatus;
  readonly attributes: readonly Attribute[];
  readonly resource: readonly Attribute[];
  readonly scope: InstrumentationScope | null;
  readonly events: readonly SpanEvent[];
  readonly links: readonly SpanLink[];
  readonly warnings: readonly DataWarning[];
  /** Source-specific details kept for the detail panel (Zipkin endpoints, Jaeger flags...). */
  readonly extras: Readonly<Record<string, string | number | boolean>>;
}

export interface ServiceSummary {
  readonly name: string;
  readonly spanCount: number;
  readonly errorCount: number;
}

/** The wire format a trace came from; also the format of its "download as source JSON". */
export type TraceFormat =
  | 'jaeger-json' // Jaeger UI JSON: /api/traces, Jaeger JSON files
  | 'otlp-json' // OTLP/JSON, Jaeger /api/v3, Tempo v2 body
  | 'otlp-jsonl' // collector file exporter
  | 'tempo-json' // Tempo /api/traces (batches)
  | 'zipkin-json'
  | 'demo';

export interface Trace {
  readonly traceId: string;
  readonly format: TraceFormat;
  readonly spans: readonly Span[];
  readonly roots: readonly number[];
  readonly byUid: ReadonlyMap<string, number>;
  readonly startUs: Micros;
  readonly endUs: Micros;
  readonly durationUs: Micros;
  readonly maxDepth: number;
  readonly errorCount: number;
  /** Sorted by name. */
  readonly services: readonly ServiceSummary[];
  readonly warnings: readonly TraceWarning[];
}
