import { micros } from '../../lib/units';
import { attr, attrText } from '../attributes';
import type { Span, Trace, TraceWarning } from '../types';
import { selfTimeAt } from './self-time';

/**
 * Spans share a clock when they come from the same host, whatever their service: processes
 * on one machine read one system clock, so a server span that outlives its client there is
 * work done after the response, not skew. Host identity comes from resource attributes
 * (Jaeger's adjuster uses the process `ip`); without it, the service name stands for the clock.
 */
const HOST_KEYS = ['host.name', 'hostname', 'host.id', 'ip', 'host.ip'];

function hostKey(resource: Span['resource']): string | null {
  for (const key of HOST_KEYS) {
    const v = attr(resource, key);
    if (v !== undefined) return `host\u0000${attrText(v)}`;
  }
  return null;
}

/**
 * Every span's clock: its host, else its service. Each distinct key is one string, and a
 * resource list, one object shared by a service's spans, is read once, not once per span
 * (that made ~14 MB of garbage for 100k spans, just after the trace opened).
 */
export function clockKeys(spans: readonly Span[]): string[] {
  const byResource = new Map<Span['resource'], string | null>();
  const byService = new Map<string, string>();
  return spans.map((span) => {
    let host = byResource.get(span.resource);
    if (host === undefined) {
      host = hostKey(span.resource);
      byResource.set(span.resource, host);
    }
    if (host !== null) return host;
    let key = byService.get(span.service);
    if (key === undefined) {
      key = `service\u0000${span.service}`;
      byService.set(span.service, key);
    }
    return key;
  });
}

/**
 * Jaeger's calculateSkew: how far to move a child (from another clock) so it sits inside its
 * (already adjusted) parent. A child that fits needs nothing. A child longer than its parent
 * (async, or a parent that timed out) is only kept from starting before the parent. Otherwise
 * the child is centred in the parent, assuming request and response latency are equal (the
 * client/server case).
 */
export function skewDelta(
  parentStart: number,
  parentDuration: number,
  childStart: number,
  childDuration: number,
): number {
  const parentEnd = parentStart + parentDuration;
  const childEnd = childStart + childDuration;
  if (childDuration > parentDuration) {
    return childStart < parentStart ? parentStart - childStart : 0;
  }
  if (childStart >= parentStart && childEnd <= parentEnd) return 0;
  const latency = (parentDuration - childDuration) / 2;
  return parentStart + latency - childStart;
}

/**
 * Per-span shift in µs (0 for most). At each clock boundary the shift is computed against the
 * adjusted parent; spans on the same clock as their parent inherit its shift, so a whole
 * service's subtree moves together. Pre-order makes this one forward pass.
 */
export function skewShifts(trace: Trace, keys: readonly string[] = clockKeys(trace.spans)): Float64Array {
  const spans = trace.spans;
  const shift = new Float64Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const p = span.parentIndex;
    if (p < 0) continue;
    if (keys[p] === keys[i]) {
      shift[i] = shift[p]!;
      continue;
    }
    const parent = spans[p]!;
    shift[i] = skewDelta(parent.startUs + shift[p]!, parent.durationUs, span.startUs, span.durationUs);
  }
  return shift;
}

export interface SkewFinding {
  readonly spanIndex: number;
  readonly parentIndex: number;
  /** The shift the adjustment would apply to this span (and its same-clock subtree). */
  readonly shiftUs: number;
}

/** Children outside their parent's time window across a clock boundary, as the data stands. */
export function detectClockSkew(trace: Trace): SkewFinding[] {
  const spans = trace.spans;
  const keys = clockKeys(spans);
  const shifts = skewShifts(trace, keys);
  const found: SkewFinding[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const p = span.parentIndex;
    if (p < 0) continue;
    const parent = spans[p]!;
    const outside = span.startUs < parent.startUs || span.endUs > parent.endUs;
    if (outside && keys[i] !== keys[p]) {
      found.push({ spanIndex: i, parentIndex: p, shiftUs: shifts[i]! });
    }
  }
  return found;
}

function formatShift(us: number): string {
  const rounded = Math.round(us * 1000) / 1000;
  return `${rounded > 0 ? '+' : ''}${rounded} µs`;
}

/**
 * A new trace with clock skew corrected; the input is not touched. Span order, indices and
 * uids stay the same (so selection and collapsed rows survive the toggle), even if a shifted
 * span now starts before an earlier sibling. Shifted spans (events too) carry a 'clock-skew'
 * warning stating the shift; self times and the trace's bounds are recomputed. Returns the
 * same object when nothing needs shifting.
 */
export function applySkewAdjustment(trace: Trace): Trace {
  const spans = trace.spans;
  const n = spans.length;
  const shifts = skewShifts(trace);
  let any = false;
  for (let i = 0; i < n && !any; i++) if (shifts[i] !== 0) any = true;
  if (!any) return trace;

  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = spans[i]!.startUs + shifts[i]!;
    ends[i] = spans[i]!.endUs + shifts[i]!;
  }
  const shifted: number[] = [];
  let startUs = Infinity;
  let endUs = -Infinity;
  const out: Span[] = spans.map((span, i) => {
    const d = shifts[i]!;
    startUs = Math.min(startUs, starts[i]!);
    endUs = Math.max(endUs, ends[i]!);
    // Self time changes only where a child moved relative to this span.
    const needsSelf = span.children.some((c) => shifts[c] !== d);
    const selfTimeUs = needsSelf ? micros(selfTimeAt(spans, i, starts, ends)) : span.selfTimeUs;
    if (d === 0) return needsSelf ? { ...span, selfTimeUs } : span;
    shifted.push(i);
    const p = span.parentIndex;
    const origin =
      p >= 0 && shifts[p] === d
        ? 'with its parent (same clock)'
        : `to fit inside its parent${p >= 0 ? ` (${spans[p]!.service})` : ''}`;
    return {
      ...span,
      startUs: micros(starts[i]!),
      endUs: micros(ends[i]!),
      selfTimeUs,
      events: span.events.map((e) => ({ ...e, timeUs: micros(e.timeUs + d) })),
      warnings: [
        ...span.warnings,
        {
          kind: 'clock-skew' as const,
          message: `Clock skew: shown shifted by ${formatShift(d)} ${origin}.`,
        },
      ],
    };
  });
  const warning: TraceWarning = {
    kind: 'clock-skew',
    message: `Clock-skew adjustment shifted ${shifted.length} span(s).`,
    spanIndices: shifted,
  };
  return {
    ...trace,
    spans: out,
    startUs: micros(startUs),
    endUs: micros(endUs),
    durationUs: micros(endUs - startUs),
    warnings: [...trace.warnings, warning],
  };
}
