// Test support only (imported by *.test.ts): builds Trace objects from compact specs
// through the real buildTrace, so analyses are tested on the model as the app builds it.
import { micros } from '../../lib/units';
import { buildTrace } from '../build-trace';
import { makeSpanInput } from '../make-span-input';
import type { Attribute, SpanKind, StatusCode, Trace } from '../types';

export interface TestSpan {
  /** Index of the parent in the spec list, -1 (or absent) for a root. */
  readonly parent?: number;
  readonly start: number;
  readonly duration: number;
  readonly service?: string;
  readonly name?: string;
  readonly kind?: SpanKind;
  readonly status?: StatusCode;
  readonly attributes?: Record<string, string | number | boolean>;
  readonly resource?: Record<string, string | number | boolean>;
  readonly events?: readonly number[];
}

export const spanIdOf = (specIndex: number): string => specIndex.toString(16).padStart(16, '0');

function toAttributes(rec: Record<string, string | number | boolean> | undefined): Attribute[] {
  if (!rec) return [];
  return Object.entries(rec).map(([key, v]) => ({
    key,
    value:
      typeof v === 'string'
        ? { type: 'string', value: v }
        : typeof v === 'boolean'
          ? { type: 'bool', value: v }
          : Number.isInteger(v)
            ? { type: 'int', value: v }
            : { type: 'double', value: v },
  }));
}

/** Builds a trace with buildTrace; spec i becomes the span with uid `spanIdOf(i)`. */
export function makeTrace(specs: readonly TestSpan[], traceId = 'a'.repeat(32)): Trace {
  const n = specs.length;
  const inputs = specs.map((spec, i) => {
    const p = spec.parent ?? -1;
    return makeSpanInput({
      traceId,
      spanId: spanIdOf(i),
      parentSpanId: p >= 0 && p < n && p !== i ? spanIdOf(p) : null,
      name: spec.name ?? `op${i}`,
      service: spec.service ?? 'svc',
      kind: spec.kind ?? 'internal',
      startUs: spec.start,
      durationUs: spec.duration,
      status: { code: spec.status ?? 'unset' },
      attributes: toAttributes(spec.attributes),
      resource: toAttributes(spec.resource),
      events: (spec.events ?? []).map((t) => ({ timeUs: micros(t), name: 'event', attributes: [] })),
    });
  });
  return buildTrace(traceId, inputs, 'demo');
}

/** A chain of `depth` spans, each the only child of the previous one. */
export function makeChain(depth: number): Trace {
  const specs: TestSpan[] = [];
  for (let i = 0; i < depth; i++) specs.push({ parent: i - 1, start: i, duration: 2 * (depth - i) });
  return makeTrace(specs);
}

/** A wide, deterministic trace of `n` spans (pseudo-random, up to ~12 levels, 20 services). */
export function makeWideTrace(n: number, seed = 1): Trace {
  let x = seed >>> 0 || 1;
  const rand = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const specs: TestSpan[] = [{ start: 0, duration: 1_000_000, service: 'svc0' }];
  const depth = [0];
  const kinds: SpanKind[] = ['server', 'client', 'internal', 'producer', 'consumer'];
  for (let i = 1; i < n; i++) {
    let p = Math.floor(rand() * i);
    while (depth[p]! >= 12) p = specs[p]!.parent!;
    const ps = specs[p]!;
    const start = ps.start + Math.floor(rand() * ps.duration);
    const duration = Math.floor(rand() * (ps.start + ps.duration - start + 10));
    depth.push(depth[p]! + 1);
    specs.push({
      parent: p,
      start,
      duration,
      service: `svc${Math.floor(rand() * 20)}`,
      name: `op${Math.floor(rand() * 50)}`,
      kind: kinds[Math.floor(rand() * kinds.length)],
      status: rand() < 0.02 ? 'error' : 'unset',
      attributes: {
        'http.method': rand() < 0.5 ? 'GET' : 'POST',
        'http.status_code': rand() < 0.1 ? 500 : 200,
        'db.system': 'postgresql',
        'peer.service': `svc${Math.floor(rand() * 20)}`,
        'rpc.method': `m${i % 7}`,
      },
    });
  }
  return makeTrace(specs);
}
