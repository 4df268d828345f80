import { attrText } from '../model/attributes';
import type { Attribute, AttributeValue, Span, Trace } from '../model/types';

// Free text in a query searches, case-insensitively, a span's name, service, span id,
// attribute and resource keys and values, and event names: `spanSearchText` below, with the
// fields joined by '\n' so a needle never matches across two of them.
//
// A trace keeps that text lower-cased in chunks: one string for every CHUNK_SPANS spans,
// fields and spans separated by '\n', and where each span starts. Typing then costs one
// `indexOf` scan over the chunks (~12 ms for 100k spans). It used to be one string per
// span: for 100k spans ~21 MB in 100k objects that every major garbage collection marked and
// moved, built with ~100 MB of garbage just after the trace opened; the collection that
// followed fell into the user's first scroll (ADR 0010, session 8). Chunks of ~200 KB live
// in V8's large-object space: allocated in place, marked as one object each, never moved.

/** What free text searches in one span, lower-cased, fields joined by '\n'. */
export function spanSearchText(span: Span): string {
  return fieldsOf(span, []).join('\n').toLowerCase();
}

/** A span's searched fields, in order, appended to `parts`. */
function fieldsOf(span: Span, parts: string[]): string[] {
  parts.push(span.name, span.service, span.spanId);
  pushAttributes(parts, span.attributes);
  pushAttributes(parts, span.resource);
  for (const e of span.events) parts.push(e.name);
  return parts;
}

function pushAttributes(parts: string[], list: readonly Attribute[]): void {
  for (const a of list) parts.push(a.key, valueText(a.value));
}

/** attrText with a fast path for scalars, nearly every value. */
function valueText(v: AttributeValue): string {
  switch (v.type) {
    case 'string':
    case 'bytes':
      return v.value;
    case 'int':
    case 'double':
    case 'bool':
      return String(v.value);
    default:
      return attrText(v);
  }
}

/**
 * Spans per chunk: ~200 KB of text for the bench's spans, built in ~4 ms (one idle slice).
 * The list of a chunk's fields (~17k) then stays under V8's large-object size: garbage
 * that dies young, collected without a major GC.
 */
const CHUNK_SPANS = 1024;

/**
 * The free text of a trace's spans, built chunk by chunk (`warm`, in idle time) or all at
 * once on the first search.
 */
export class TraceText {
  private readonly chunks: string[] = [];
  /** Where span i's text starts in its chunk. */
  private readonly starts: Int32Array;

  constructor(
    private readonly spans: readonly Span[],
    private readonly chunkSpans = CHUNK_SPANS,
  ) {
    this.starts = new Int32Array(spans.length);
  }

  /** Builds chunks while `keepGoing()` says there is time; true when all are built. */
  warm(keepGoing: () => boolean): boolean {
    while (this.chunks.length * this.chunkSpans < this.spans.length && keepGoing()) this.buildChunk();
    return this.chunks.length * this.chunkSpans >= this.spans.length;
  }

  /**
   * Per span index, 1 where `needle` (lower-case) occurs in its spanSearchText. A needle
   * without '\n' lies inside one field wherever it occurs, so the chunks are searched; one
   * with '\n' could straddle two fields there, so each span's own text is.
   */
  matching(needle: string): Uint8Array {
    const n = this.spans.length;
    const hits = new Uint8Array(n);
    if (needle.includes('\n')) {
      for (let i = 0; i < n; i++) if (spanSearchText(this.spans[i]!).includes(needle)) hits[i] = 1;
      return hits;
    }
    this.warm(() => true);
    const starts = this.starts;
    for (let c = 0; c < this.chunks.length; c++) {
      const text = this.chunks[c]!;
      const end = Math.min(n, (c + 1) * this.chunkSpans);
      let i = c * this.chunkSpans;
      for (let at = text.indexOf(needle); at >= 0; ) {
        // The span the hit is in: the last one starting at or before it.
        while (i + 1 < end && starts[i + 1]! <= at) i++;
        hits[i] = 1;
        if (++i >= end) break;
        at = text.indexOf(needle, starts[i]!);
      }
    }
    return hits;
  }

  private buildChunk(): void {
    const from = this.chunks.length * this.chunkSpans;
    const to = Math.min(this.spans.length, from + this.chunkSpans);
    const parts: string[] = [];
    let at = 0;
    for (let i = from; i < to; i++) {
      this.starts[i] = at;
      const first = parts.length;
      fieldsOf(this.spans[i]!, parts);
      // Each field lower-cased alone gives what the joined text would ('\n' is no letter's
      // context), so the offsets hold; most are lower-case already and come back as they are.
      for (let k = first; k < parts.length; k++) at += (parts[k] = parts[k]!.toLowerCase()).length + 1;
    }
    this.chunks.push(parts.join('\n'));
  }
}

const texts = new WeakMap<Trace, TraceText>();

/** The trace's free text, one per trace (a Trace is immutable) for as long as it lives. */
export function traceTextOf(trace: Trace): TraceText {
  let text = texts.get(trace);
  if (text === undefined) {
    text = new TraceText(trace.spans);
    texts.set(trace, text);
  }
  return text;
}
