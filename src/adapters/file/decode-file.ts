import { buildTraces } from '../../model/build-trace';
import { DecodeError, type DecodedPayload } from '../../model/span-input';
import type { DataWarning, Trace, TraceFormat } from '../../model/types';
import { decodeJaegerJson, isJaegerJson } from '../jaeger/decode';
import { decodeOtlp } from '../otlp/decode';
import { decodeOtlpJsonl } from '../otlp/decode-jsonl';
import { describe } from '../shared/decode-helpers';
import { decodeZipkin, isZipkinJson } from '../zipkin/decode';
import { describeNonTrace, isOtlpJson } from './detect-format';
import { parseDocument } from './parse-document';

export interface DecodedFile {
  readonly format: TraceFormat;
  readonly traces: Trace[];
  readonly warnings: DataWarning[];
}

interface Importer {
  readonly name: string;
  readonly is: (json: unknown) => boolean;
  readonly decode: (json: unknown) => DecodedPayload;
}

/** Asked in order; the guards do not overlap on real data (OTLP keys, Jaeger `traceID`/`spanID`, Zipkin `id`). */
const IMPORTERS: readonly Importer[] = [
  { name: 'OTLP JSON', is: isOtlpJson, decode: (json) => decodeOtlp(json) },
  { name: 'Jaeger JSON', is: isJaegerJson, decode: decodeJaegerJson },
  { name: 'Zipkin JSON', is: isZipkinJson, decode: decodeZipkin },
];

const EXPECTED =
  'expected OTLP JSON (resourceSpans, batches, {result}, {trace}), OTLP JSON Lines, Jaeger JSON ({data: [...]}, {traceID, spans}) or Zipkin v2 JSON (an array of spans)';

/**
 * A trace file, detected by its shape, never by its name (collector exports end in .json
 * but hold JSON Lines). Throws DecodeError saying where the file went wrong; the file name,
 * when given, starts the message.
 */
export function decodeFile(text: string, fileName?: string): DecodedFile {
  try {
    const payload = decodePayload(text);
    return { format: payload.format, traces: buildTraces(payload), warnings: [...payload.warnings] };
  } catch (error) {
    if (error instanceof DecodeError && fileName !== undefined) {
      throw new DecodeError(`${fileName}: ${stripWhere(error)}`, error.path);
    }
    throw error;
  }
}

export function decodePayload(text: string): DecodedPayload {
  const doc = parseDocument(text);
  if (doc.kind === 'jsonl') return decodeOtlpJsonl(doc.text);
  const json = doc.value;
  const importer = IMPORTERS.find((i) => i.is(json));
  if (importer) return importer.decode(json);
  if (Array.isArray(json) && json.length === 0) return { format: 'zipkin-json', traces: new Map(), warnings: [] };
  const known = describeNonTrace(json);
  if (known) throw new DecodeError(`this is ${known}, not a trace`);
  throw new DecodeError(`unrecognized trace file: ${EXPECTED}; found ${shapeOf(json)}`);
}

/** The message of a DecodeError without the " (at path)" its constructor appended. */
function stripWhere(error: DecodeError): string {
  const suffix = error.path ? ` (at ${error.path})` : '';
  return suffix && error.message.endsWith(suffix) ? error.message.slice(0, -suffix.length) : error.message;
}

function shapeOf(json: unknown): string {
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const keys = Object.keys(json).slice(0, 6).map((k) => JSON.stringify(k.slice(0, 40)));
    return keys.length ? `an object with keys ${keys.join(', ')}` : 'an empty object';
  }
  return describe(json);
}
