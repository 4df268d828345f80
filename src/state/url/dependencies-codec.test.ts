import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEPENDENCIES,
  decodeDependenciesParams,
  dependenciesWindow,
  encodeDependenciesParams,
  type DependenciesUrlState,
} from './dependencies-codec';

const decode = (q: string) => decodeDependenciesParams(new URLSearchParams(q));

describe('dependencies URL codec', () => {
  it('decodes an empty query to the defaults', () => {
    expect(decode('')).toEqual(DEFAULT_DEPENDENCIES);
  });

  it('decodes every parameter', () => {
    expect(decode('lookback=6h&layout=layered&focus=frontend&up=2&down=3&sample=250&derive=1&hide=redis&hide=mysql')).toEqual({
      lookback: '6h',
      startUs: null,
      endUs: null,
      layout: 'layered',
      focus: 'frontend',
      up: 2,
      down: 3,
      sample: 250,
      derive: true,
      hidden: ['redis', 'mysql'],
    });
  });

  it('falls back to defaults on bad values instead of throwing', () => {
    const s = decode('lookback=soon&layout=circle&up=-1&down=abc&sample=0&derive=maybe&focus=%20%20');
    expect(s).toEqual(DEFAULT_DEPENDENCIES);
  });

  it('clamps hops and the sample size', () => {
    const s = decode('focus=a&up=99&down=7&sample=9999');
    expect(s.up).toBe(6);
    expect(s.down).toBe(6);
    expect(s.sample).toBe(500);
  });

  it('keeps a custom window only with a valid start and end', () => {
    expect(decode('lookback=custom&start=1000&end=2000')).toMatchObject({ lookback: 'custom', startUs: 1000, endUs: 2000 });
    expect(decode('lookback=custom&start=3000&end=2000').lookback).toBe('1h');
    expect(decode('lookback=custom&start=1000').lookback).toBe('1h');
    expect(decode('lookback=2h&start=1000&end=2000')).toMatchObject({ lookback: '2h', startUs: null, endUs: null });
  });

  it('derive=0 is an explicit "use the backend"', () => {
    expect(decode('derive=0').derive).toBe(false);
    expect(decode('derive=true').derive).toBe(true);
  });

  it('encodes defaults as nothing and keeps other parameters', () => {
    const out = encodeDependenciesParams(DEFAULT_DEPENDENCIES, new URLSearchParams('source=demo&lookback=6h&up=3'));
    expect(out.toString()).toBe('source=demo');
  });

  it('leaves hops out without a focus service', () => {
    const out = encodeDependenciesParams({ ...DEFAULT_DEPENDENCIES, up: 3, down: 2 });
    expect(out.has('up')).toBe(false);
    expect(out.has('down')).toBe(false);
  });

  it('round-trips any state it writes', () => {
    const states: DependenciesUrlState[] = [
      { ...DEFAULT_DEPENDENCIES, lookback: 'custom', startUs: 5, endUs: 10, layout: 'layered' },
      { ...DEFAULT_DEPENDENCIES, focus: 'svc with spaces & =', up: 0, down: 4, sample: 50, derive: false },
      { ...DEFAULT_DEPENDENCIES, hidden: ['a,b', 'c'], derive: true, lookback: '7d' },
    ];
    for (const s of states) {
      expect(decodeDependenciesParams(encodeDependenciesParams(s))).toEqual(s);
    }
  });

  it('computes the window from a lookback or the custom range', () => {
    expect(dependenciesWindow({ ...DEFAULT_DEPENDENCIES, lookback: '15m' }, 1_000_000_000_000)).toEqual({
      startUs: 1_000_000_000_000 - 15 * 60e6,
      endUs: 1_000_000_000_000,
    });
    expect(dependenciesWindow({ ...DEFAULT_DEPENDENCIES, lookback: 'custom', startUs: 1, endUs: 2 }, 99)).toEqual({ startUs: 1, endUs: 2 });
  });
});
