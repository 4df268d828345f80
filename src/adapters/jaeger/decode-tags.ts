import type { AttributeInterner } from '../../model/attribute-interner';
import { DecodeError } from '../../model/span-input';
import type { Attribute, AttributeValue, SpanKind, SpanStatus } from '../../model/types';
import { describe, expectRecord, integerValue, isRecord, join, own, reqString } from '../shared/decode-helpers';
import { isPlainRecord, noneInherited } from '../shared/plain-reads';

/**
 * Jaeger UI-model tags `{key, type, value}` with type string | bool | int64 | float64 | binary.
 * A value that does not fit its declared type (trace_success.json types "true" as bool) is
 * read by its declared type when that is unambiguous, otherwise kept as a string: the
 * value is never dropped. With an interner, equal string and integer tags of a payload
 * share one object.
 */
export function decodeTags(list: readonly unknown[], path: string, interner?: AttributeInterner): Attribute[] {
  const out: Attribute[] = [];
  const plainReads = noneInherited(TAG_FIELDS);
  // A trace has ~10 tags per span: the tag's path is built only when there is an error to
  // report, and JSON's own objects are read with plain property reads (see plain-reads.ts).
  list.forEach((raw, i) => {
    const tag = isRecord(raw) ? raw : expectRecord(raw, join(path, i), 'a tag {key, type, value}');
    const plain = plainReads && isPlainRecord(tag);
    const keyRaw = plain ? tag.key : own(tag, 'key');
    const key = typeof keyRaw === 'string' ? keyRaw : reqString(tag, 'key', join(path, i));
    const type = plain ? tag.type : own(tag, 'type');
    const value = plain ? tag.value : own(tag, 'value');
    const at = isTagValueError(value) ? join(join(path, i), 'value') : '';
    const decoded = tagValue(typeof type === 'string' ? type.toLowerCase() : undefined, value, at);
    out.push(interner ? interner.attribute(key, decoded) : { key, value: decoded });
  });
  return out;
}

const TAG_FIELDS = ['key', 'type', 'value'];

/** When tagValue throws (and so needs its path). */
function isTagValueError(value: unknown): boolean {
  return (typeof value === 'object' && value !== null) || (typeof value === 'number' && !Number.isFinite(value));
}

export function tagValue(type: string | undefined, value: unknown, path: string): AttributeValue {
  if (value === undefined || value === null) return { type: 'string', value: '' };
  if (typeof value === 'object') throw new DecodeError(`expected a tag value, found ${describe(value)}`, path);
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new DecodeError(`expected a tag value, found ${describe(value)}`, path);
  }
  switch (type) {
    case 'bool':
    case 'boolean':
      if (typeof value === 'boolean') return { type: 'bool', value };
      if (value === 'true' || value === 'false') return { type: 'bool', value: value === 'true' };
      break;
    case 'int64':
    case 'int':
      if (typeof value === 'number' || typeof value === 'string') {
        const int = integerValue(value);
        if (int !== undefined) return { type: 'int', value: int };
      }
      break;
    case 'float64':
    case 'double':
      if (typeof value === 'number') return { type: 'double', value };
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
        return { type: 'double', value: Number(value) };
      }
      break;
    case 'binary':
      if (typeof value === 'string') return { type: 'bytes', value };
      break;
    case 'string':
      return { type: 'string', value: String(value) };
    default:
      if (typeof value === 'boolean') return { type: 'bool', value };
      if (typeof value === 'number') return Number.isInteger(value) ? { type: 'int', value } : { type: 'double', value };
  }
  return { type: 'string', value: String(value) };
}

function findTag(tags: readonly Attribute[], key: string): AttributeValue | undefined {
  for (const t of tags) if (t.key === key) return t.value;
  return undefined;
}

function text(value: AttributeValue | undefined): string | undefined {
  if (!value) return undefined;
  if (value.type === 'string' || value.type === 'bool' || value.type === 'int' || value.type === 'double') {
    return String(value.value);
  }
  return undefined;
}

const KINDS: Readonly<Record<string, SpanKind>> = {
  server: 'server',
  client: 'client',
  producer: 'producer',
  consumer: 'consumer',
  internal: 'internal',
};

/** The OpenTracing / OTel-converted `span.kind` tag. */
export function kindFromTags(tags: readonly Attribute[]): SpanKind {
  const kind = text(findTag(tags, 'span.kind'))?.toLowerCase();
  return (kind !== undefined && Object.hasOwn(KINDS, kind) ? KINDS[kind] : undefined) ?? 'unspecified';
}

/**
 * Status as Jaeger UI shows it: `otel.status_code` (written by the OTLP→Jaeger converter)
 * wins; otherwise the OpenTracing `error` tag, true as a bool or as the string "true".
 */
export function statusFromTags(tags: readonly Attribute[]): SpanStatus {
  const code = text(findTag(tags, 'otel.status_code'))?.toUpperCase();
  const description = text(findTag(tags, 'otel.status_description'));
  const withMessage = (c: SpanStatus['code']): SpanStatus => (description ? { code: c, message: description } : { code: c });
  if (code === 'ERROR') return withMessage('error');
  if (isErrorTag(findTag(tags, 'error'))) return withMessage('error');
  if (code === 'OK') return withMessage('ok');
  return { code: 'unset' };
}

/** As the model's isErrorSpan reads it: true, or any string but "false" ("true" in practice). */
function isErrorTag(value: AttributeValue | undefined): boolean {
  if (value?.type === 'bool') return value.value;
  if (value?.type === 'string') return value.value.trim().toLowerCase() !== 'false';
  return false;
}

/** `otel.scope.name` (newer) or `otel.library.name` (older converter) as the scope. */
export function scopeFromTags(tags: readonly Attribute[]): { name: string; version?: string; attributes: [] } | null {
  const name = text(findTag(tags, 'otel.scope.name')) ?? text(findTag(tags, 'otel.library.name'));
  if (name === undefined) return null;
  const version = text(findTag(tags, 'otel.scope.version')) ?? text(findTag(tags, 'otel.library.version'));
  return version === undefined ? { name, attributes: [] } : { name, version, attributes: [] };
}
