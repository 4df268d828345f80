// OTLP JSON in every envelope the backends use (speedscope style: guard-free converter; the
// file detector owns the guard). Structure errors throw DecodeError with a path; problems in
// the data (bad ids) become warnings on the span.
import type { DataWarning, InstrumentationScope, TraceFormat } from '../../model/types';
import { DecodeError, type DecodedPayload } from '../../model/span-input';
import { describe, isRecord, join, own, textOf, type JsonRecord } from '../shared/decode-helpers';
import type { AttributeInterner } from '../../model/attribute-interner';
import { PayloadCollector } from '../shared/payload-collector';
import type { FullSpan } from '../shared/skeleton-build';
import { decodeAttributes } from './any-value';
import { decodeOtlpSpan, type SpanContext } from './decode-span';
import { plainReadsAreOwnReads } from './fast-path-guard';
import { get, pick } from './otlp-fields';
import { decodeOtlpSpanFast, type SpanPlace } from './span-fast-path';

const UNKNOWN_SERVICE = 'unknown_service';
/** Where a document or envelope lists its ResourceSpans, and a ResourceSpans its ScopeSpans. */
export const RESOURCE_LIST_KEYS = ['resourceSpans', 'resource_spans', 'batches'];
export const SCOPE_LIST_KEYS = ['scopeSpans', 'scope_spans', 'instrumentationLibrarySpans', 'instrumentation_library_spans'];
const SCOPE_KEYS = ['scope', 'instrumentationLibrary', 'instrumentation_library'];

/**
 * Accepts OTLP TracesData / ExportTraceServiceRequest (camelCase or snake_case), Jaeger
 * /api/v3 `{result: ...}`, Tempo v1 `{batches: [...]}` and Tempo v2 `{trace: {...}, status}`
 * (PARTIAL → a 'truncated' warning on each trace). `format` defaults to 'tempo-json' for
 * `batches` and 'otlp-json' otherwise.
 */
export function decodeOtlp(json: unknown, format?: TraceFormat, places?: readonly SpanPlace[], fullSpan?: FullSpan): DecodedPayload {
  const collector = new PayloadCollector(format ?? (isRecord(json) && own(json, 'batches') !== undefined ? 'tempo-json' : 'otlp-json'));
  decodeInto(json, collector, '', places, fullSpan);
  return collector.result();
}

/**
 * Decodes one document into a collector (decode-jsonl feeds several into one). `places`: the
 * preview's spanPlaceFast of every span of this document, in order (see otlp/preview.ts).
 * `fullSpan`: when `json` is a skeleton (shared/text-skeleton.ts), each span's own object.
 */
export function decodeInto(
  json: unknown,
  collector: PayloadCollector,
  prefix: string,
  places?: readonly SpanPlace[],
  fullSpan?: FullSpan,
): void {
  if (!isRecord(json)) throw new DecodeError(`expected an OTLP JSON object, found ${describe(json)}`, prefix || '(root)');
  const envelope = unwrap(json, prefix);
  const before = new Set<string>();
  const fast = plainReadsAreOwnReads();
  const cursor: PlaceCursor = { places, next: 0, fullSpan };
  for (const r of envelope.resourceSpans) decodeResourceSpans(r.value, r.path, collector, before, fast, cursor);
  if (envelope.truncated) {
    // Every trace this document contributed was cut; with none, say it about the payload.
    if (before.size === 0) collector.addWarning(envelope.truncated);
    for (const traceId of before) collector.addTraceWarning(traceId, envelope.truncated);
  }
}

export interface Envelope {
  readonly resourceSpans: readonly { value: unknown; path: string }[];
  readonly truncated?: DataWarning;
}

/** The ResourceSpans of any envelope decodeOtlp accepts, and whether the backend cut them. */
export function unwrap(json: JsonRecord, prefix: string): Envelope {
  const error = own(json, 'error');
  if (error !== undefined && error !== null && RESOURCE_LIST_KEYS.every((k) => own(json, k) === undefined)) {
    const message = isRecord(error) ? (own(error, 'message') ?? textOf(error)) : textOf(error);
    throw new DecodeError(`the backend answered with an error: ${textOf(message).slice(0, 300)}`, join(prefix, 'error'));
  }
  const result = own(json, 'result');
  if (result !== undefined) {
    if (result === null) return { resourceSpans: [] };
    if (!isRecord(result)) throw new DecodeError(`expected TracesData under "result", found ${describe(result)}`, join(prefix, 'result'));
    return tracesData(result, join(prefix, 'result'));
  }
  const trace = own(json, 'trace');
  if (trace !== undefined && RESOURCE_LIST_KEYS.every((k) => own(json, k) === undefined)) {
    const at = join(prefix, 'trace');
    const status = own(json, 'status');
    const message = own(json, 'message');
    const truncated: DataWarning | undefined =
      status === 'PARTIAL'
        ? {
            kind: 'truncated',
            message: `Tempo returned a partial trace${typeof message === 'string' && message ? `: ${message}` : ' (some spans may be missing)'}.`,
          }
        : undefined;
    if (trace === null) return { resourceSpans: [], ...(truncated ? { truncated } : {}) };
    if (!isRecord(trace)) throw new DecodeError(`expected a trace object, found ${describe(trace)}`, at);
    return { ...tracesData(trace, at), ...(truncated ? { truncated } : {}) };
  }
  return tracesData(json, prefix);
}

function tracesData(obj: JsonRecord, path: string): Envelope {
  const key = RESOURCE_LIST_KEYS.find((k) => own(obj, k) !== undefined);
  if (key === undefined) {
    // An empty object is an empty request (Tempo answers `{trace: {}}` for an unknown id).
    if (Object.keys(obj).length === 0) return { resourceSpans: [] };
    throw new DecodeError(
      'not an OTLP trace payload: expected "resourceSpans" (or "batches", "result", "trace")',
      path || '(root)',
    );
  }
  const at = join(path, key);
  const list = own(obj, key);
  if (list === null) return { resourceSpans: [] };
  if (!Array.isArray(list)) throw new DecodeError(`expected a list, found ${describe(list)}`, at);
  return { resourceSpans: list.map((value, i) => ({ value, path: join(at, i) })) };
}

interface PlaceCursor {
  readonly places: readonly SpanPlace[] | undefined;
  next: number;
  readonly fullSpan: FullSpan | undefined;
}

function decodeResourceSpans(
  raw: unknown,
  path: string,
  collector: PayloadCollector,
  seen: Set<string>,
  fast: boolean,
  cursor: PlaceCursor,
): void {
  visitScopeSpans(raw, path, collector.interner, (context, spans, spansPath) => {
    for (let k = 0; k < spans.length; k++) {
      // From a skeleton, each span is parsed just before it is decoded: its objects die young.
      const rawSpan: unknown = cursor.fullSpan ? cursor.fullSpan(spans[k]) : spans[k];
      const place = cursor.places?.[cursor.next++];
      // The path is built only for the spans the fast path hands back (unusual or wrong).
      const span = (fast ? decodeOtlpSpanFast(rawSpan, context, place) : undefined) ?? decodeOtlpSpan(rawSpan, join(spansPath, k), context);
      seen.add(span.traceId);
      collector.addSpan(span);
    }
  });
}

/** Each scope's list of raw spans in one ResourceSpans, with what its spans share. */
export function visitScopeSpans(
  raw: unknown,
  path: string,
  interner: AttributeInterner,
  visit: (context: SpanContext, spans: readonly unknown[], spansPath: string) => void,
): void {
  if (!isRecord(raw)) throw new DecodeError(`expected a ResourceSpans object, found ${describe(raw)}`, path);
  const resourceRaw = get(raw, 'resource');
  if (resourceRaw !== undefined && resourceRaw !== null && !isRecord(resourceRaw)) {
    throw new DecodeError(`expected a resource object, found ${describe(resourceRaw)}`, join(path, 'resource'));
  }
  const resource = resourceRaw ? decodeAttributes(get(resourceRaw, 'attributes'), join(path, 'resource.attributes')) : [];
  const serviceValue = resource.find((a) => a.key === 'service.name')?.value;
  const service = serviceValue?.type === 'string' && serviceValue.value !== '' ? serviceValue.value : UNKNOWN_SERVICE;
  const resourceExtras = schemaExtras(raw, 'resourceSchemaUrl');

  const listKey = SCOPE_LIST_KEYS.find((k) => own(raw, k) !== undefined && own(raw, k) !== null);
  if (listKey === undefined) return;
  const scopes = own(raw, listKey);
  const scopesPath = join(path, listKey);
  if (!Array.isArray(scopes)) throw new DecodeError(`expected a list, found ${describe(scopes)}`, scopesPath);
  scopes.forEach((scopeSpans, j) => {
    const at = join(scopesPath, j);
    if (!isRecord(scopeSpans)) throw new DecodeError(`expected a ScopeSpans object, found ${describe(scopeSpans)}`, at);
    const context: SpanContext = {
      service,
      resource,
      scope: scopeOf(scopeSpans, at),
      extras: { ...resourceExtras, ...schemaExtras(scopeSpans, 'scopeSchemaUrl') },
      interner,
    };
    const spans = get(scopeSpans, 'spans');
    if (spans === undefined || spans === null) return;
    const spansPath = join(at, 'spans');
    if (!Array.isArray(spans)) throw new DecodeError(`expected a list of spans, found ${describe(spans)}`, spansPath);
    visit(context, spans, spansPath);
  });
}

function scopeOf(scopeSpans: JsonRecord, path: string): InstrumentationScope | null {
  const key = SCOPE_KEYS.find((k) => own(scopeSpans, k) !== undefined && own(scopeSpans, k) !== null);
  if (key === undefined) return null;
  const raw = own(scopeSpans, key);
  const at = join(path, key);
  if (!isRecord(raw)) throw new DecodeError(`expected a scope object, found ${describe(raw)}`, at);
  const name = get(raw, 'name');
  const version = get(raw, 'version');
  if (name !== undefined && name !== null && typeof name !== 'string') throw new DecodeError(`expected a string, found ${describe(name)}`, join(at, 'name'));
  if (version !== undefined && version !== null && typeof version !== 'string') {
    throw new DecodeError(`expected a string, found ${describe(version)}`, join(at, 'version'));
  }
  const attributes = decodeAttributes(get(raw, 'attributes'), join(at, 'attributes'));
  // Tempo writes `"scope": {}` when the SDK named no scope: that is no scope.
  if (!name && !version && attributes.length === 0) return null;
  return { name: typeof name === 'string' ? name : '', ...(typeof version === 'string' && version ? { version } : {}), attributes };
}

function schemaExtras(obj: JsonRecord, as: string): Record<string, string> {
  const url = pick(obj, 'schemaUrl').value;
  return typeof url === 'string' && url !== '' ? { [as]: url } : {};
}
