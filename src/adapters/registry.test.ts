import { describe, expect, it } from 'vitest';
import { createAdapter } from './registry';
import { testSource } from './shared/test-source';

describe('createAdapter', () => {
  it('creates the adapter of each source type with its capabilities', () => {
    expect(createAdapter(testSource('jaeger')).capabilities).toMatchObject({ searchReturnsTraces: true, dependencies: true, rawQuery: null });
    expect(createAdapter(testSource('tempo')).capabilities).toMatchObject({ searchReturnsTraces: false, dependencies: false, rawQuery: 'traceql' });
    expect(createAdapter(testSource('zipkin')).capabilities).toMatchObject({ searchReturnsTraces: true, dependencies: true });
    const demo = createAdapter(testSource('demo', { url: '' }));
    expect(demo.config.type).toBe('demo');
    expect(typeof demo.search).toBe('function');
  });

  it('keeps the config it was given', () => {
    const config = testSource('zipkin');
    expect(createAdapter(config).config).toBe(config);
  });

  it('only declares optional methods it implements', () => {
    for (const type of ['jaeger', 'tempo', 'zipkin'] as const) {
      const a = createAdapter(testSource(type));
      expect(typeof a.dependencies === 'function').toBe(a.capabilities.dependencies);
      expect(typeof a.tagValues === 'function').toBe(a.capabilities.tagAutocomplete);
    }
  });
});
