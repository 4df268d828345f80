import type { SpanInput } from '../../../model/span-input';
import type { Prng } from '../prng';

/** One generated demo trace, before buildTrace. */
export interface ScenarioTrace {
  readonly traceId: string;
  readonly spans: readonly SpanInput[];
}

/** A scenario turns "now, rounded to the minute" into its traces; ids never depend on it. */
export type Scenario = (anchorUs: number) => ScenarioTrace[];

const MINUTE_US = 60_000_000;

/** A start time between `minMinutes` and `maxMinutes` before the anchor (whole milliseconds). */
export function startBefore(anchorUs: number, rng: Prng, minMinutes: number, maxMinutes: number): number {
  const agoMs = rng.int((minMinutes * MINUTE_US) / 1000, (maxMinutes * MINUTE_US) / 1000);
  return anchorUs - agoMs * 1000;
}
