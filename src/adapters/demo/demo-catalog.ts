import { attrText } from '../../model/attributes';
import type { Operation } from '../../model/search-types';
import type { Trace } from '../../model/types';

/** What the search form can offer for the demo data: services, operations, tag keys and values. */
export function servicesOf(traces: readonly Trace[]): string[] {
  const names = new Set<string>();
  for (const t of traces) for (const s of t.services) names.add(s.name);
  return [...names].sort();
}

export function operationsOf(traces: readonly Trace[], service: string): Operation[] {
  const seen = new Map<string, Operation>();
  for (const t of traces) {
    for (const span of t.spans) {
      const key = `${span.name}\u0000${span.kind}`;
      if (span.service === service && !seen.has(key)) seen.set(key, { name: span.name, kind: span.kind });
    }
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || (a.kind ?? '').localeCompare(b.kind ?? ''));
}

/** Keys the search's tag filter understands beyond the data's own attributes. */
const SYNTHETIC_KEYS = ['error', 'span.kind'];
const MAX_VALUES = 500;

export function tagKeysOf(traces: readonly Trace[]): string[] {
  const keys = new Set<string>(SYNTHETIC_KEYS);
  for (const t of traces) {
    for (const span of t.spans) {
      for (const a of span.attributes) keys.add(a.key);
      for (const a of span.resource) keys.add(a.key);
    }
  }
  return [...keys].sort();
}

export function tagValuesOf(traces: readonly Trace[], key: string): string[] {
  if (key === 'error') return ['false', 'true'];
  const values = new Set<string>();
  for (const t of traces) {
    for (const span of t.spans) {
      if (key === 'span.kind') values.add(span.kind);
      for (const a of span.attributes) if (a.key === key) values.add(attrText(a.value));
      for (const a of span.resource) if (a.key === key) values.add(attrText(a.value));
    }
  }
  return [...values].sort().slice(0, MAX_VALUES);
}
