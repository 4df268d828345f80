// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTrace, type TestSpan } from '../../model/analyses/test-trace';
import { attributeKeys } from './attribute-keys';
import { useAttributeKeys } from './use-attribute-keys';

const spans: TestSpan[] = [
  { start: 0, duration: 10, attributes: { 'http.method': 'GET' } },
  { parent: 0, start: 1, duration: 2, attributes: { 'db.system': 'redis' } },
];

describe('useAttributeKeys', () => {
  it('has none on the first render, then the keys, found after it', async () => {
    const trace = makeTrace(spans);
    const { result } = renderHook(() => useAttributeKeys(trace));
    expect(result.current).toEqual([]);
    await waitFor(() => expect(result.current.map((k) => k.key)).toEqual(['db.system', 'http.method']));
  });

  it('gives keys found before at once', () => {
    const trace = makeTrace(spans);
    const found = attributeKeys(trace);
    const { result } = renderHook(() => useAttributeKeys(trace));
    expect(result.current).toBe(found);
  });

  it('counts in slices that go on where the last one stopped', async () => {
    const many: TestSpan[] = Array.from({ length: 2500 }, (_, i) => ({
      ...(i > 0 ? { parent: 0 } : {}),
      start: i,
      duration: 1,
      attributes: (i === 2400 ? { late: 1 } : { early: 1 }) as Record<string, number>,
    }));
    const trace = makeTrace(many);
    const { findAttributeKeys } = await import('./attribute-keys');
    expect(findAttributeKeys(trace, () => false)).toBeUndefined();
    expect(findAttributeKeys(trace, () => false)).toBeUndefined();
    const keys = findAttributeKeys(trace, () => false);
    expect(keys?.map((k) => [k.key, k.spans])).toEqual([
      ['early', 2499],
      ['late', 1],
    ]);
    expect(findAttributeKeys(trace, () => false)).toBe(keys);
  });
});
