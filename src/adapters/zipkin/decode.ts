import { DecodeError, type DecodedPayload } from '../../model/span-input';
import { describe, isRecord, join } from '../shared/decode-helpers';
import { PayloadCollector } from '../shared/payload-collector';
import type { FullSpan } from '../shared/skeleton-build';
import { decodeZipkinSpan } from './decode-span';

/**
 * Zipkin v2 JSON: a span array (`/api/v2/trace/{id}`, `POST /api/v2/spans`), an array of
 * such arrays (`/api/v2/traces`, `/api/v2/traceMany`), or one span object on its own.
 */
/**
 * `fullSpan`: when `json` is a skeleton (shared/text-skeleton.ts), each span's own object,
 * parsed just before it is decoded.
 */
export function decodeZipkin(json: unknown, fullSpan?: FullSpan): DecodedPayload {
  const out = new PayloadCollector('zipkin-json');
  if (isZipkinSpan(json)) {
    out.addSpan(decodeZipkinSpan(json, '', out.interner));
  } else if (Array.isArray(json)) {
    json.forEach((item, i) => {
      if (Array.isArray(item)) item.forEach((span, j) => out.addSpan(decodeZipkinSpan(span, join(join('', i), j), out.interner)));
      else out.addSpan(decodeZipkinSpan(fullSpan ? fullSpan(item) : item, join('', i), out.interner));
    });
  } else {
    throw new DecodeError(`expected Zipkin v2 JSON (an array of spans or of span arrays), found ${describe(json)}`);
  }
  return out.result();
}

export function isZipkinSpan(json: unknown): boolean {
  return isRecord(json) && 'traceId' in json && 'id' in json;
}

/** A span, an array whose items are spans, or an array whose items are arrays of spans. */
export function isZipkinJson(json: unknown): boolean {
  if (isZipkinSpan(json)) return true;
  if (!Array.isArray(json) || json.length === 0) return false;
  const first = json.find((item) => !Array.isArray(item) || item.length > 0);
  if (first === undefined) return true; // [[], []]: a search that found nothing
  return Array.isArray(first) ? isZipkinSpan(first[0]) : isZipkinSpan(first);
}
