import { describe, expect, it } from 'vitest';
import { jaegerCapabilities } from '../../adapters/jaeger/capabilities';
import { tempoCapabilities } from '../../adapters/tempo/capabilities';
import { DEFAULT_SEARCH } from '../url/search-codec';
import { planSearch } from './plan-search';

const window = { ...DEFAULT_SEARCH, startUs: 1_000_000, endUs: 2_000_000 };

describe('planSearch', () => {
  it('compiles the query for the source', () => {
    const plan = planSearch({ ...window, query: 'service=a x>1' }, 'jaeger', jaegerCapabilities);
    expect(plan.ok && plan.compiled.browserTerms).toEqual(['x>1']);
    expect(plan.ok && plan.native?.text).toContain('service=a');
  });

  it('gives a parse error with its place', () => {
    expect(planSearch({ ...window, query: 'service=a x=' }, 'demo', jaegerCapabilities)).toEqual({
      ok: false,
      error: 'Expected a value after "="',
      range: { start: 11, end: 12 },
    });
  });

  it('gives a compile error with its place (Tempo has no free text)', () => {
    const plan = planSearch({ ...window, query: 'service=a "boom"' }, 'tempo', tempoCapabilities);
    expect(plan).toMatchObject({ ok: false, range: { start: 10, end: 16 } });
  });

  it('asks Jaeger searches for a service', () => {
    const plan = planSearch({ ...window, query: 'service=a or service=b' }, 'jaeger', jaegerCapabilities);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.error).toContain('one service at a time');
  });

  it('passes raw TraceQL through for Tempo only', () => {
    const state = { ...window, query: 'service=a', traceql: '{} >> {.b = 1}' };
    const tempo = planSearch(state, 'tempo', tempoCapabilities);
    expect(tempo.ok && tempo.compiled.request.raw).toBe('{} >> {.b = 1}');
    expect(tempo.ok && tempo.native?.text).toBe('{} >> {.b = 1}');
    const jaeger = planSearch(state, 'jaeger', jaegerCapabilities);
    expect(jaeger.ok && jaeger.compiled.request.service).toBe('a');
  });

  it('refuses a missing window', () => {
    expect(planSearch(DEFAULT_SEARCH, 'demo', jaegerCapabilities)).toEqual({ ok: false, error: 'Pick a time range' });
  });
});
