import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import { createDemoAdapter } from '../../adapters/demo/demo-adapter';
import { attributeCatalog } from './attribute-catalog';

describe('attributeCatalog', () => {
  it('lists span and resource keys with some values, within its budget', async () => {
    const now = Date.UTC(2026, 10, 22, 3, 17, 42);
    const adapter = createDemoAdapter({ id: 'demo', name: 'Demo', type: 'demo', url: '', headers: {}, timeoutMs: 1 }, { latencyMs: 0, now: () => now });
    const result = await adapter.search({ tags: [], startUs: micros(0), endUs: micros(now * 1000), limit: 100 });
    const traces = result.summaries.map((s) => s.trace!);
    const all = attributeCatalog(traces);
    expect(all.keys).toContain('http.response.status_code'); // a span attribute
    expect(all.keys).toContain('service.version'); // a resource attribute
    expect(all.values.get('http.response.status_code')).toContain('200');
    const tiny = attributeCatalog(traces, { maxSpans: 1, maxValuesPerKey: 1, maxValueLength: 10 });
    expect(tiny.keys.length).toBeLessThan(all.keys.length);
    for (const v of tiny.values.values()) expect(v.length).toBeLessThanOrEqual(1);
  });
});
