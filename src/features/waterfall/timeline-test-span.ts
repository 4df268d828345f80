import type { Span } from '../../model/types';

/** A span with only what the timeline reads, for its tests (times in µs). */
export function timelineSpan(startUs: number, endUs: number, more: Partial<Record<keyof Span, unknown>> = {}): Span {
  return {
    service: 'svc',
    name: 'op',
    status: { code: 'unset' },
    attributes: [],
    events: [],
    ...more,
    startUs,
    endUs,
    durationUs: endUs - startUs,
  } as unknown as Span;
}
