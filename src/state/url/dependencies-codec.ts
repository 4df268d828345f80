import { lookbackToUs } from './search-codec';

/**
 * The dependencies page's URL: `source` (kept by the caller), `lookback` (a `<n>m|h|d|w`
 * preset or `custom` with `start`/`end` in epoch µs), `layout`, `focus`, `up`, `down`,
 * `sample`, `derive`, `hide` (repeated, one hidden service each). Decoding never throws: a bad value
 * falls back to its default, and defaults are left out when encoding.
 */
export const GRAPH_LAYOUTS = ['force', 'layered'] as const;
export type GraphLayout = (typeof GRAPH_LAYOUTS)[number];

export const SAMPLE_SIZES = [50, 100, 250, 500] as const;
export const DEFAULT_SAMPLE = 100;
export const MAX_SAMPLE = 500;
export const MAX_HOPS = 6;
export const DEFAULT_HOPS = 1;
export const DEFAULT_DEPS_LOOKBACK = '1h';

export interface DependenciesUrlState {
  readonly lookback: string;
  readonly startUs: number | null;
  readonly endUs: number | null;
  readonly layout: GraphLayout;
  /** The service shown with its neighbourhood; null = the whole graph. */
  readonly focus: string | null;
  readonly up: number;
  readonly down: number;
  readonly sample: number;
  /**
   * Derive from sampled traces even where the backend has a dependency API; null = the
   * source's default (derive only without one).
   */
  readonly derive: boolean | null;
  readonly hidden: readonly string[];
}

export const DEFAULT_DEPENDENCIES: DependenciesUrlState = {
  lookback: DEFAULT_DEPS_LOOKBACK,
  startUs: null,
  endUs: null,
  layout: 'force',
  focus: null,
  up: DEFAULT_HOPS,
  down: DEFAULT_HOPS,
  sample: DEFAULT_SAMPLE,
  derive: null,
  hidden: [],
};

function decodeMicros(raw: string | null): number | null {
  if (raw === null || !/^\d{1,17}$/.test(raw)) return null;
  return Number(raw);
}

function decodeHops(raw: string | null): number {
  if (raw === null || !/^\d{1,2}$/.test(raw)) return DEFAULT_HOPS;
  return Math.min(MAX_HOPS, Number(raw));
}

function decodeSample(raw: string | null): number {
  if (raw === null || !/^\d{1,4}$/.test(raw)) return DEFAULT_SAMPLE;
  const n = Number(raw);
  // Any size a link names is honoured within the largest preset, so sampling stays bounded.
  return n >= 1 ? Math.min(n, MAX_SAMPLE) : DEFAULT_SAMPLE;
}

function decodeBool(raw: string | null): boolean | null {
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  return null;
}

export function decodeDependenciesParams(params: URLSearchParams): DependenciesUrlState {
  const lookbackRaw = params.get('lookback');
  const startUs = decodeMicros(params.get('start'));
  const endUs = decodeMicros(params.get('end'));
  const customOk = startUs !== null && endUs !== null && endUs > startUs;
  let lookback = DEFAULT_DEPS_LOOKBACK;
  if (lookbackRaw === 'custom' && customOk) lookback = 'custom';
  else if (lookbackRaw && lookbackToUs(lookbackRaw) !== null) lookback = lookbackRaw;
  const layoutRaw = params.get('layout');
  const focus = params.get('focus')?.trim();
  return {
    lookback,
    startUs: lookback === 'custom' ? startUs : null,
    endUs: lookback === 'custom' ? endUs : null,
    layout: GRAPH_LAYOUTS.find((l) => l === layoutRaw) ?? 'force',
    focus: focus ? focus : null,
    up: decodeHops(params.get('up')),
    down: decodeHops(params.get('down')),
    sample: decodeSample(params.get('sample')),
    derive: decodeBool(params.get('derive')),
    hidden: [...new Set(params.getAll('hide').map((s) => s.trim()).filter(Boolean))],
  };
}

/** Writes the state onto `base` (keeping `source` and anything else); defaults are left out. */
export function encodeDependenciesParams(state: DependenciesUrlState, base?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(base);
  const set = (key: string, value: string | null) => {
    if (value === null || value === '') out.delete(key);
    else out.set(key, value);
  };
  const custom = state.lookback === 'custom' && state.startUs !== null && state.endUs !== null;
  set('lookback', state.lookback === DEFAULT_DEPS_LOOKBACK ? null : custom || state.lookback !== 'custom' ? state.lookback : null);
  set('start', custom ? String(state.startUs) : null);
  set('end', custom ? String(state.endUs) : null);
  set('layout', state.layout === 'force' ? null : state.layout);
  set('focus', state.focus);
  // Hops only mean something with a focus service.
  set('up', state.focus && state.up !== DEFAULT_HOPS ? String(state.up) : null);
  set('down', state.focus && state.down !== DEFAULT_HOPS ? String(state.down) : null);
  set('sample', state.sample === DEFAULT_SAMPLE ? null : String(state.sample));
  set('derive', state.derive === null ? null : state.derive ? '1' : '0');
  out.delete('hide');
  for (const h of state.hidden) out.append('hide', h);
  return out;
}

/** The time window the state names, with a lookback ending at `nowUs`. */
export function dependenciesWindow(state: DependenciesUrlState, nowUs: number): { startUs: number; endUs: number } {
  if (state.lookback === 'custom' && state.startUs !== null && state.endUs !== null) {
    return { startUs: state.startUs, endUs: state.endUs };
  }
  const span = lookbackToUs(state.lookback) ?? lookbackToUs(DEFAULT_DEPS_LOOKBACK)!;
  const endUs = Math.floor(nowUs);
  return { startUs: endUs - span, endUs };
}
