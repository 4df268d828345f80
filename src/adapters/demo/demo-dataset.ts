import { buildTrace } from '../../model/build-trace';
import type { Trace } from '../../model/types';
import { bigTraceScenario } from './scenarios/big-trace';
import { checkoutScenario } from './scenarios/checkout';
import { dataQualityScenario } from './scenarios/data-quality';
import { messagingScenario } from './scenarios/messaging';
import { nPlusOneScenario } from './scenarios/n-plus-one';
import type { Scenario, ScenarioTrace } from './scenarios/scenario';
import { userProfileScenario } from './scenarios/user-profile';

export const DEMO_SCENARIOS: readonly Scenario[] = [
  userProfileScenario,
  checkoutScenario,
  messagingScenario,
  nPlusOneScenario,
  bigTraceScenario,
  dataQualityScenario,
];

export interface DemoDataset {
  /** "Now" rounded down to the minute, in µs: every trace's time is relative to it. */
  readonly anchorUs: number;
  /** Newest first. */
  readonly traces: readonly Trace[];
  readonly byId: ReadonlyMap<string, Trace>;
}

const MINUTE_MS = 60_000;

/** The anchor for a wall-clock time: the start of its minute, so reloads within it agree. */
export function anchorFor(nowMs: number): number {
  return Math.floor(nowMs / MINUTE_MS) * MINUTE_MS * 1000;
}

export function generateDemoInputs(anchorUs: number): ScenarioTrace[] {
  return DEMO_SCENARIOS.flatMap((scenario) => scenario(anchorUs));
}

export function generateDemoDataset(anchorUs: number): DemoDataset {
  const traces = generateDemoInputs(anchorUs)
    .map((t) => buildTrace(t.traceId, t.spans, 'demo'))
    .sort((a, b) => b.startUs - a.startUs || a.traceId.localeCompare(b.traceId));
  return { anchorUs, traces, byId: new Map(traces.map((t) => [t.traceId, t])) };
}
