// Types of manifest.mjs (for the TypeScript tests and for test:backends' journeys).
export interface SpanRecord {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  kind: 'INTERNAL' | 'SERVER' | 'CLIENT' | 'PRODUCER' | 'CONSUMER';
  service: string;
  startUs: number;
  durationUs: number;
  status: { code: 'UNSET' | 'OK' | 'ERROR'; message?: string };
  attributes: Record<string, unknown>;
  events: { name: string; timeUs: number; attributes: Record<string, unknown> }[];
  links: { traceId: string; spanId: string; attributes: Record<string, unknown> }[];
}

export interface ManifestSpan {
  spanId: string;
  parentSpanId: string | null;
  service: string;
  name: string;
  kind: SpanRecord['kind'];
  status: SpanRecord['status'];
  startUs: number;
  durationUs: number;
  selfTimeUs: number;
  depth: number;
  childCount: number;
  attributes: Record<string, unknown>;
  events: string[];
  links: { traceId: string; spanId: string }[];
}

export interface ManifestTrace {
  traceId: string;
  scenario: string;
  seq: number | null;
  request?: string;
  responseStatus?: number;
  linkedFromTraceId?: string;
  rootService: string;
  rootOperation: string;
  rootSpanId: string;
  rootCount: number;
  startUs: number;
  durationUs: number;
  spanCount: number;
  services: string[];
  spanCountByService: Record<string, number>;
  maxDepth: number;
  serviceEdges: { parent: string; child: string; callCount: number }[];
  errorSpans: { spanId: string; service: string; name: string; message: string | null }[];
  hasError: boolean;
  /** The non-root span with the largest self time. */
  slowestHop: { spanId: string; service: string; name: string; durationUs: number; selfTimeUs: number };
  links: { fromSpanId: string; toTraceId: string; toSpanId: string }[];
  /** DFS pre-order, children by start time. */
  spans: ManifestSpan[];
}

export interface DriverRequest {
  seq: number;
  scenario: string;
  method: string;
  path: string;
  status: number;
  traceId: string | null;
}

export declare function describeTrace(traceId: string, spans: readonly SpanRecord[]): Omit<ManifestTrace, 'scenario' | 'seq' | 'hasError'>;
export declare function manifestTraces(records: readonly SpanRecord[], requests: readonly DriverRequest[]): ManifestTrace[];
