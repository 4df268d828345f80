import { micros } from '../../lib/units';
import type { SpanInput } from '../../model/span-input';
import type { Attribute, SpanKind, SpanLink, SpanStatus } from '../../model/types';
import { toAttributes, type PlainAttributes } from './attribute-map';
import { Prng } from './prng';
import { resourceFor, scopeFor } from './services';

/** An event at a fraction of its span's duration (0 = start, 1 = end). */
export interface EventDraft {
  readonly at: number;
  readonly name: string;
  readonly attributes?: PlainAttributes;
}

export interface SpanSpec {
  readonly service: string;
  readonly name: string;
  readonly kind: SpanKind;
  readonly attributes?: PlainAttributes;
  readonly status?: SpanStatus;
  readonly events?: readonly EventDraft[];
  readonly links?: readonly SpanLink[];
  /** Duration of a leaf span; a span with children lasts as long as they need. */
  readonly durationUs?: number;
  /** Own work before the first child starts and after the last one ends. */
  readonly preUs?: number;
  readonly postUs?: number;
  /** How many children run at once (1 = one after another, the default). */
  readonly concurrency?: number;
  /** Pause before this span starts in its parent's schedule (or after the trace start for a root). */
  readonly delayUs?: number;
  /** Which pod of the service emitted it (resource attributes differ per pod). */
  readonly instance?: number;
  /** Makes this span an orphan: it names a parent that is not in the trace. */
  readonly missingParentId?: string;
}

interface Draft {
  readonly spec: SpanSpec;
  readonly spanId: string;
  readonly parent: number;
  readonly preUs: number;
  readonly postUs: number;
  readonly delayUs: number;
  readonly instance: number;
}

export interface BuildOptions {
  /** Per-service clock error (µs) added to every time that service reports: clock skew. */
  readonly clockOffsetUs?: Readonly<Record<string, number>>;
}

const resources = new Map<string, readonly Attribute[]>();
function sharedResource(service: string, instance: number): readonly Attribute[] {
  const key = `${service}#${instance}`;
  let r = resources.get(key);
  if (!r) resources.set(key, (r = resourceFor(service, instance)));
  return r;
}

/**
 * Builds one demo trace: scenarios add spans as a tree (parents before children), then
 * `build` lays them out in time and emits SpanInputs. Times are computed bottom-up (a
 * parent lasts as long as its children's schedule needs) then top-down (children start
 * at offsets from their parent), with index loops only: no recursion, even at 5,000 spans.
 */
export class TraceDraft {
  readonly rng: Prng;
  private readonly drafts: Draft[] = [];

  constructor(readonly traceId: string) {
    this.rng = new Prng(traceId);
  }

  get size(): number {
    return this.drafts.length;
  }

  spanId(index: number): string {
    const d = this.drafts[index];
    if (!d) throw new Error(`TraceDraft: no span ${index}`);
    return d.spanId;
  }

  /** Adds a span under `parent` (an index returned earlier, or null for a root); returns its index. */
  add(parent: number | null, spec: SpanSpec): number {
    if (parent !== null && (parent < 0 || parent >= this.drafts.length)) {
      throw new Error(`TraceDraft: unknown parent ${parent}`);
    }
    const rng = this.rng;
    this.drafts.push({
      spec,
      spanId: rng.hex(16),
      parent: parent ?? -1,
      preUs: spec.preUs ?? rng.latency(250),
      postUs: spec.postUs ?? rng.latency(150),
      delayUs: spec.delayUs ?? (parent === null ? 0 : rng.latency(60, 0.6)),
      instance: spec.instance ?? rng.int(0, 2),
    });
    return this.drafts.length - 1;
  }

  build(traceStartUs: number, options: BuildOptions = {}): SpanInput[] {
    const n = this.drafts.length;
    const children: number[][] = Array.from({ length: n }, () => []);
    for (let i = 0; i < n; i++) {
      const p = this.drafts[i]!.parent;
      if (p >= 0) children[p]!.push(i);
    }
    // Bottom-up: children always have larger indices than their parent.
    const duration = new Float64Array(n);
    const offset = new Float64Array(n);
    for (let i = n - 1; i >= 0; i--) {
      const d = this.drafts[i]!;
      const kids = children[i]!;
      if (kids.length === 0) {
        duration[i] = d.spec.durationUs ?? d.preUs + d.postUs;
        continue;
      }
      const lanes = new Float64Array(Math.min(d.spec.concurrency ?? 1, kids.length)).fill(d.preUs);
      let end = d.preUs;
      for (const k of kids) {
        let lane = 0;
        for (let l = 1; l < lanes.length; l++) if (lanes[l]! < lanes[lane]!) lane = l;
        const start = lanes[lane]! + this.drafts[k]!.delayUs;
        offset[k] = start;
        lanes[lane] = start + duration[k]!;
        end = Math.max(end, lanes[lane]!);
      }
      duration[i] = end + d.postUs;
    }
    // Top-down: absolute start times.
    const start = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const d = this.drafts[i]!;
      start[i] = d.parent < 0 ? traceStartUs + d.delayUs : start[d.parent]! + offset[i]!;
    }
    const skew = options.clockOffsetUs ?? {};
    return this.drafts.map((d, i) => {
      const s = d.spec;
      const t0 = Math.round(start[i]! + (skew[s.service] ?? 0));
      const dur = Math.round(duration[i]!);
      return {
        traceId: this.traceId,
        spanId: d.spanId,
        parentSpanId: d.parent >= 0 ? this.drafts[d.parent]!.spanId : (s.missingParentId ?? null),
        name: s.name,
        service: s.service,
        kind: s.kind,
        startUs: micros(t0),
        durationUs: micros(dur),
        status: s.status ?? { code: 'unset' },
        attributes: toAttributes(s.attributes ?? {}),
        resource: sharedResource(s.service, d.instance),
        scope: scopeFor(s.service),
        events: (s.events ?? []).map((e) => ({
          timeUs: micros(t0 + Math.round(e.at * dur)),
          name: e.name,
          attributes: toAttributes(e.attributes ?? {}),
        })),
        links: s.links ?? [],
        warnings: [],
        extras: {},
      };
    });
  }
}
