import { attrText } from '../../model/attributes';
import type { Trace } from '../../model/types';

export interface AttributeCatalog {
  readonly keys: readonly string[];
  readonly values: ReadonlyMap<string, readonly string[]>;
}

export interface CatalogLimits {
  /** Spans read in all (traces reach 100k spans; suggestions need a sample, not all). */
  readonly maxSpans: number;
  readonly maxValuesPerKey: number;
  /** Longer values (SQL, stack traces) are no use as suggestions. */
  readonly maxValueLength: number;
}

const DEFAULT_LIMITS: CatalogLimits = { maxSpans: 20_000, maxValuesPerKey: 40, maxValueLength: 120 };

/** Attribute keys (span and resource) and some of their values seen in loaded traces. */
export function attributeCatalog(traces: Iterable<Trace>, limits: CatalogLimits = DEFAULT_LIMITS): AttributeCatalog {
  const values = new Map<string, Set<string>>();
  let budget = limits.maxSpans;
  const add = (key: string, text: string) => {
    let set = values.get(key);
    if (!set) values.set(key, (set = new Set()));
    if (set.size < limits.maxValuesPerKey && text.length <= limits.maxValueLength) set.add(text);
  };
  outer: for (const trace of traces) {
    for (const span of trace.spans) {
      if (budget-- <= 0) break outer;
      for (const a of span.attributes) add(a.key, attrText(a.value));
      for (const a of span.resource) add(a.key, attrText(a.value));
    }
  }
  const keys = [...values.keys()].sort((a, b) => a.localeCompare(b));
  return { keys, values: new Map([...values].map(([k, v]) => [k, [...v].sort()])) };
}
