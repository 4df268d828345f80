import { micros } from '../lib/units';
import type { SpanInput } from './span-input';

type Overrides = Omit<Partial<SpanInput>, 'startUs' | 'durationUs'> & {
  readonly startUs?: number | null;
  readonly durationUs?: number | null;
};

/**
 * A SpanInput with plain defaults, for tests and built-in demo data: callers name only
 * what matters to them. Times are µs numbers.
 */
export function makeSpanInput(overrides: Overrides): SpanInput {
  const { startUs = 0, durationUs = 0, ...rest } = overrides;
  return {
    traceId: '0000000000000000000000000000000a',
    spanId: '0000000000000001',
    parentSpanId: null,
    name: 'op',
    service: 'svc',
    kind: 'internal',
    status: { code: 'unset' },
    attributes: [],
    resource: [],
    scope: null,
    events: [],
    links: [],
    warnings: [],
    extras: {},
    ...rest,
    startUs: startUs === null ? null : micros(startUs),
    durationUs: durationUs === null ? null : micros(durationUs),
  };
}
