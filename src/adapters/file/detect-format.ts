import { isRecord, own } from '../shared/decode-helpers';

/**
 * Shape guards for trace files (speedscope style: one guard per format). The file decoder
 * asks them in order; the first that says yes picks the converter.
 */
const OTLP_KEYS = ['resourceSpans', 'resource_spans', 'batches'];

/** OTLP TracesData / ExportTraceServiceRequest, Tempo v1 `batches`, Jaeger v3 `result`, Tempo v2 `trace`. */
export function isOtlpJson(json: unknown): boolean {
  if (!isRecord(json)) return false;
  if (OTLP_KEYS.some((k) => Array.isArray(own(json, k)))) return true;
  const result = own(json, 'result');
  if (result === null || (isRecord(result) && (OTLP_KEYS.some((k) => k in result) || Object.keys(result).length === 0))) return true;
  const trace = own(json, 'trace');
  return isRecord(trace) && (OTLP_KEYS.some((k) => k in trace) || Object.keys(trace).length === 0);
}

/**
 * Known JSON bodies that are not traces (a user may drop any response they saved): a
 * sentence saying what the file is, or null.
 */
export function describeNonTrace(json: unknown): string | null {
  if (Array.isArray(json)) {
    if (json.length > 0 && json.every((x) => typeof x === 'string')) return 'a list of names (services or operations)';
    if (json.length > 0 && json.every(isDependencyLink)) return 'a dependency list [{parent, child, callCount}]';
    return null;
  }
  if (!isRecord(json)) return null;
  const data = own(json, 'data');
  if (Array.isArray(data) && data.length > 0) {
    if (data.every(isDependencyLink)) return 'a Jaeger /api/dependencies response';
    if (data.every((x) => typeof x === 'string')) return 'a Jaeger services or operations response';
    if (data.every((x) => isRecord(x) && 'name' in x && 'spanKind' in x)) return 'a Jaeger operations response';
  }
  if (Array.isArray(own(json, 'services'))) return 'a Jaeger /api/v3/services response';
  if (Array.isArray(own(json, 'operations'))) return 'a Jaeger /api/v3/operations response';
  if (Array.isArray(own(json, 'summaries'))) return 'a Jaeger /api/v3/trace-summaries response (search summaries, no spans)';
  if (Array.isArray(own(json, 'traces')) && (own(json, 'traces') as unknown[]).every((t) => isRecord(t) && 'traceID' in t)) {
    return 'a Tempo /api/search response (search summaries, no full traces)';
  }
  const errors = own(json, 'errors');
  if (Array.isArray(errors) && errors.length > 0 && !Array.isArray(data)) {
    const first: unknown = errors[0];
    const msg = isRecord(first) ? own(first, 'msg') : undefined;
    return typeof msg === 'string' ? `a Jaeger error response: "${msg.slice(0, 200)}"` : 'a Jaeger error response';
  }
  const error = own(json, 'error');
  if (typeof error === 'string') return `an error response from a backend: "${error.slice(0, 200)}"`;
  if (isRecord(error)) {
    const message = own(error, 'message');
    return typeof message === 'string' ? `an error response from a backend: "${message.slice(0, 200)}"` : 'an error response from a backend';
  }
  return null;
}

function isDependencyLink(x: unknown): boolean {
  return isRecord(x) && 'parent' in x && 'child' in x && 'callCount' in x;
}
