import { attrText } from '../model/attributes';
import type { Attribute, AttributeValue, Trace } from '../model/types';

/**
 * Lower-cased free-text haystack per span, built once per trace (a Trace is immutable) and
 * kept as long as the trace is: typing in the in-trace search then costs one `includes` per
 * span instead of lower-casing every name and attribute on each keystroke. It may be built
 * ahead in slices (`warmSpanSearchText`); `next` is how far a partial build has come.
 */
interface Haystack {
  readonly texts: string[];
  next: number;
}
const cache = new WeakMap<Trace, Haystack>();

function haystackOf(trace: Trace): Haystack {
  let h = cache.get(trace);
  if (!h) {
    h = { texts: new Array<string>(trace.spans.length), next: 0 };
    cache.set(trace, h);
  }
  return h;
}

/** attrText with a fast path for scalars (nearly every value), which dominate the cost. */
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

function appendAttributes(text: string, list: readonly Attribute[]): string {
  for (const a of list) text += '\n' + a.key + '\n' + valueText(a.value);
  return text;
}

/**
 * What free text searches, per span index: name, service, span id, attribute and resource
 * keys and values, event names. Parts are joined by '\n' so a needle never matches across two
 * fields.
 */
export function spanSearchText(trace: Trace): readonly string[] {
  const h = haystackOf(trace);
  fill(trace, h, h.texts.length);
  return h.texts;
}

/**
 * Builds part of the haystack ahead of the first search, `SLICE` spans at a time while
 * `keepGoing()` says there is time left (an idle callback's deadline). True when complete.
 * One slice of 100k spans in a single task would hold the page for ~300 ms.
 */
export function warmSpanSearchText(trace: Trace, keepGoing: () => boolean): boolean {
  const h = haystackOf(trace);
  const n = h.texts.length;
  while (h.next < n && keepGoing()) fill(trace, h, Math.min(n, h.next + SLICE));
  return h.next >= n;
}

const SLICE = 500;

function fill(trace: Trace, h: Haystack, to: number): void {
  const spans = trace.spans;
  for (let i = h.next; i < to; i++) {
    const span = spans[i]!;
    let text = span.name + '\n' + span.service + '\n' + span.spanId;
    text = appendAttributes(text, span.attributes);
    text = appendAttributes(text, span.resource);
    for (const e of span.events) text += '\n' + e.name;
    h.texts[i] = text.toLowerCase();
  }
  if (to > h.next) h.next = to;
}
