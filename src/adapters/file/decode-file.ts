import { buildTraces } from '../../model/build-trace';
import { DecodeError, type DecodedPayload } from '../../model/span-input';
import type { Previewed, TracePreview } from '../../model/trace-preview';
import type { DataWarning, Trace, TraceFormat } from '../../model/types';
import { decodeJaegerJson, isJaegerJson } from '../jaeger/decode';
import { decodeOtlp } from '../otlp/decode';
import { decodeOtlpJsonl } from '../otlp/decode-jsonl';
import { describe } from '../shared/decode-helpers';
import { decodeZipkin, isZipkinJson } from '../zipkin/decode';
import { describeNonTrace, isOtlpJson } from './detect-format';
import { parseDocument, type ParsedDocument } from './parse-document';
import { previewFile } from './preview-file';
import { PREVIEW_ROWS } from '../shared/offer-preview';

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
  return naming(fileName, () => decoded(decodePayload(text)));
}

function decoded(payload: DecodedPayload, laidOut?: Previewed['laidOut']): DecodedFile {
  return { format: payload.format, traces: buildTraces(payload, laidOut), warnings: [...payload.warnings] };
}

/** Runs `decode`; a DecodeError from it starts with the file name, when given. */
function naming<T>(fileName: string | undefined, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof DecodeError && fileName !== undefined) {
      throw new DecodeError(`${fileName}: ${stripWhere(error)}`, error.path);
    }
    throw error;
  }
}

export function decodePayload(text: string): DecodedPayload {
  return decodeDocument(parseDocument(text));
}

function decodeDocument(doc: ParsedDocument): DecodedPayload {
  return doc.kind === 'jsonl' ? decodeOtlpJsonl(doc.text) : decodeJson(doc.value);
}

/** A trace file as it is opened: decoded at once, or, holding one big trace, previewed first. */
export type OpenedFile =
  | { readonly kind: 'decoded'; readonly file: DecodedFile }
  | {
      readonly kind: 'previewed';
      readonly traceId: string;
      readonly format: TraceFormat;
      readonly preview: TracePreview;
      /** decodeFile's result, building on what the preview laid out. */
      readonly decode: () => DecodedFile;
    };

/**
 * decodeFile, except that a file holding one big trace is only parsed and previewed (its
 * first rows, model/trace-preview.ts) and decoded when `decode` is called, so the rows can
 * be shown first.
 */
export function openFile(text: string, fileName: string): OpenedFile {
  const doc = naming(fileName, () => parseDocument(text));
  const found = doc.kind === 'json' ? previewFile(doc.value, PREVIEW_ROWS) : undefined;
  if (found === undefined || doc.kind !== 'json') return { kind: 'decoded', file: naming(fileName, () => decoded(decodeDocument(doc))) };
  const { traceId, format, previewed, decode } = found;
  return {
    kind: 'previewed',
    traceId,
    format,
    preview: previewed.preview,
    decode: () => naming(fileName, () => decoded(decode(), previewed.laidOut)),
  };
}

/** A file's one JSON document, in whichever format it is. */
function decodeJson(json: unknown): DecodedPayload {
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
