import type { Trace } from '../../model/types';

/**
 * The attribute keys present in a trace (span attributes and resource attributes), for the
 * "group by attribute" picker: sorted, each with the number of spans carrying it, so the
 * picker can put common keys first. One pass; resource lists shared by many spans are
 * usually the same array object, so each distinct list is read once.
 */
export function attributeKeys(trace: Trace): { key: string; spans: number }[] {
  const counts = new Map<string, number>();
  const seenResource = new Map<object, readonly string[]>();
  for (const span of trace.spans) {
    const keys = new Set<string>();
    for (const a of span.attributes) keys.add(a.key);
    let resourceKeys = seenResource.get(span.resource);
    if (!resourceKeys) {
      resourceKeys = span.resource.map((a) => a.key);
      seenResource.set(span.resource, resourceKeys);
    }
    for (const k of resourceKeys) keys.add(k);
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([key, spans]) => ({ key, spans })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
