import { attrText } from '../model/attributes';
import type { Attribute, AttributeValue, Trace } from '../model/types';

/**
 * Lower-cased free-text haystack per span, built once per trace (a Trace is immutable) and
 * kept as long as the trace is: typing in the in-trace search then costs one `includes` per
 * span instead of lower-casing every name and attribute on each keystroke.
 */
const cache = new WeakMap<Trace, readonly string[]>();

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
  let texts = cache.get(trace);
  if (!texts) {
    texts = trace.spans.map((span) => {
      let text = span.name + '\n' + span.service + '\n' + span.spanId;
      text = appendAttributes(text, span.attributes);
      text = appendAttributes(text, span.resource);
      for (const e of span.events) text += '\n' + e.name;
      return text.toLowerCase();
    });
    cache.set(trace, texts);
  }
  return texts;
}
