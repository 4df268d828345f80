import { micros } from '../lib/units';
import { selfTime } from './child-lists';
import { SharedStrings } from './shared-strings';
import type { SpanInput } from './span-input';
import type { TraceLayout, TreeInput } from './trace-layout';
import type { DataWarning, Span } from './types';

const NO_CHILDREN: readonly number[] = Object.freeze([]);

/**
 * A layout made from other inputs than the span's (ids and times only, no warnings: see
 * layoutFor) holds only the warnings it found; the decoder's own come first, as they would.
 */
function withOwn(input: SpanInput, found: readonly DataWarning[]): readonly DataWarning[] {
  if (input.warnings.length === 0) return found;
  if (found.length === 0) return input.warnings;
  return [...input.warnings, ...found];
}

/**
 * Turns decoded inputs into model spans at their laid-out places. One maker per trace: equal
 * strings decoded once per span (trace id, parent ids, operation names) become one shared
 * string, so a 100k-span trace keeps fewer live objects.
 */
export class SpanMaker {
  private readonly names = new SharedStrings();

  constructor(
    private readonly traceId: string,
    private readonly layout: TraceLayout,
    /** What the layout was made from: the parents' span ids are read here. */
    private readonly treeInputs: readonly TreeInput[],
  ) {}

  /** The span for input `v`, which `input` decodes in full. */
  make(v: number, input: SpanInput): Span {
    const { position, parent, tree, start, duration, depth, size, uids, warnings } = this.layout;
    const { first, children } = tree;
    const k = position[v]!;
    const p = parent[v]!;
    const from = first[v]!;
    const to = first[v + 1]!;
    let kids: readonly number[] = NO_CHILDREN;
    if (to > from) {
      const list = new Array<number>(to - from);
      for (let c = from; c < to; c++) list[c - from] = position[children[c]!]!;
      kids = list;
    }
    const startUs = start[v]!;
    const parentId = p >= 0 ? this.treeInputs[p]!.spanId : null;
    return {
      index: k,
      uid: uids === null ? this.treeInputs[v]!.spanId : uids[v]!,
      traceId: input.traceId === this.traceId ? this.traceId : input.traceId,
      spanId: input.spanId,
      parentSpanId: parentId !== null && parentId === input.parentSpanId ? parentId : input.parentSpanId,
      parentIndex: p >= 0 ? position[p]! : -1,
      children: kids,
      subtreeEnd: k + size[v]!,
      depth: depth[v]!,
      name: this.names.share(input.name),
      service: input.service,
      kind: input.kind,
      startUs: micros(startUs),
      durationUs: micros(duration[v]!),
      endUs: micros(startUs + duration[v]!),
      selfTimeUs: selfTime(v, tree, start, duration),
      status: input.status,
      attributes: input.attributes,
      resource: input.resource,
      scope: input.scope,
      events: input.events,
      links: input.links,
      warnings: this.treeInputs[v] === input ? warnings.get(v) : withOwn(input, warnings.get(v)),
      extras: input.extras,
    };
  }
}
