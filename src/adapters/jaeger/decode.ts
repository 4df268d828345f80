import { DecodeError, type DecodedPayload } from '../../model/span-input';
import { describe, expectRecord, isRecord, join, optArray, optString, own, textOf, type JsonRecord } from '../shared/decode-helpers';
import { PayloadCollector, clip, readId } from '../shared/payload-collector';
import { decodeProtoBatch, isJaegerProtoSpan } from './decode-proto';
import { decodeProcesses, decodeUiSpan } from './decode-span';

/**
 * Jaeger JSON in every shape a user or the API hands us (speedscope style: one guard per
 * shape, one converter each):
 * - the v1 envelope `{data: [trace...], errors}` of /api/traces/{id}, search and /api/transform;
 * - one UI-model trace `{traceID, spans, processes, warnings}`;
 * - an array of UI-model spans carrying an inline `process` (anonymizer / uiconv files);
 * - api_v2 `model.proto` JSON `{spans: [...], processMap?, warnings?}` (gRPC / storage model).
 */
export function decodeJaegerJson(json: unknown): DecodedPayload {
  const out = new PayloadCollector('jaeger-json');
  if (isJaegerEnvelope(json)) decodeEnvelope(json, out);
  else if (isJaegerUiTrace(json)) decodeUiTrace(json, '', out);
  else if (isJaegerUiSpanArray(json)) decodeSpanArray(json, out);
  else if (isJaegerProtoBatch(json)) decodeProtoBatch(json, '', out);
  else {
    throw new DecodeError(
      `expected Jaeger JSON ({data: [traces]}, a trace {traceID, spans, processes} or an array of spans), found ${describe(json)}`,
    );
  }
  return out.result();
}

export function isJaegerEnvelope(json: unknown): json is JsonRecord {
  if (!isRecord(json) || !Array.isArray(own(json, 'data'))) return false;
  const data = own(json, 'data') as unknown[];
  // An empty data list is a valid "nothing found"; otherwise it must hold traces.
  return data.length === 0 ? 'errors' in json || 'total' in json : data.some(isJaegerUiTrace);
}

export function isJaegerUiTrace(json: unknown): json is JsonRecord {
  return isRecord(json) && Array.isArray(own(json, 'spans')) && ('traceID' in json || 'processes' in json);
}

export function isJaegerUiSpan(json: unknown): json is JsonRecord {
  return isRecord(json) && 'spanID' in json && ('traceID' in json || 'operationName' in json);
}

export function isJaegerUiSpanArray(json: unknown): json is unknown[] {
  return Array.isArray(json) && json.length > 0 && json.every(isJaegerUiSpan);
}

export function isJaegerProtoBatch(json: unknown): json is JsonRecord {
  if (!isRecord(json) || !Array.isArray(own(json, 'spans'))) return false;
  const spans = own(json, 'spans') as unknown[];
  return spans.length > 0 && spans.every(isJaegerProtoSpan);
}

export function isJaegerJson(json: unknown): boolean {
  return isJaegerEnvelope(json) || isJaegerUiTrace(json) || isJaegerUiSpanArray(json) || isJaegerProtoBatch(json);
}

function decodeEnvelope(body: JsonRecord, out: PayloadCollector): void {
  optArray(body, 'data', '').forEach((trace, i) => decodeUiTrace(expectRecord(trace, join('data', i), 'a Jaeger trace'), join('data', i), out));
  optArray(body, 'errors', '').forEach((raw, i) => {
    const path = join('errors', i);
    if (!isRecord(raw)) {
      out.addWarning({ kind: 'source-warning', message: `Jaeger reported an error: ${clip(textOf(raw), 200)}` });
      return;
    }
    const msg = typeof raw.msg === 'string' ? raw.msg : typeof raw.message === 'string' ? raw.message : '';
    const code = own(raw, 'code');
    const traceId = optString(raw, 'traceID', path);
    const parts = [`Jaeger reported an error`, code !== undefined && code !== null ? ` ${clip(textOf(code), 40)}` : '', `: ${clip(msg, 200)}`];
    if (traceId !== undefined) parts.push(` (trace ${clip(traceId)})`);
    out.addWarning({ kind: 'source-warning', message: parts.join('') });
  });
}

function decodeUiTrace(trace: JsonRecord, path: string, out: PayloadCollector): void {
  const processes = decodeProcesses(own(trace, 'processes'), join(path, 'processes'));
  const rawTraceId = optString(trace, 'traceID', path);
  const traceIds = new Set<string>();
  optArray(trace, 'spans', path).forEach((raw, i) => {
    const span = decodeUiSpan(raw, join(join(path, 'spans'), i), processes, rawTraceId, out.interner);
    traceIds.add(span.traceId);
    out.addSpan(span);
  });
  const warnings = optArray(trace, 'warnings', path);
  if (warnings.length === 0) return;
  if (rawTraceId !== undefined) traceIds.add(readId(rawTraceId, 'trace', []));
  for (const traceId of traceIds) {
    for (const w of warnings) out.addTraceWarning(traceId, { kind: 'source-warning', message: clip(textOf(w), 500) });
  }
}

function decodeSpanArray(spans: readonly unknown[], out: PayloadCollector): void {
  const noProcesses = new Map();
  spans.forEach((raw, i) => out.addSpan(decodeUiSpan(raw, join('', i), noProcesses, undefined, out.interner)));
}
