import { describe, expect, it } from 'vitest';
import { micros } from '../lib/units';
import { parseQuery } from '../query-lang/parse';
import { compileQuery } from '../query-lang/evaluate';
import { compileSearch } from './compile-query';
import type { SourceConfig } from './config';
import { createDemoAdapter } from './demo/demo-adapter';
import { finishSearch } from './finish-search';

// The demo traces are realistic (checkout timeouts, slow queries, N+1...): the browser side
// of a search runs on them as it would on a backend's answer.
const CONFIG: SourceConfig = { id: 'demo', name: 'Demo', type: 'demo', url: '', headers: {}, timeoutMs: 10_000 };
const NOW_MS = Date.UTC(2026, 10, 22, 3, 17, 42);
const adapter = createDemoAdapter(CONFIG, { latencyMs: 0, now: () => NOW_MS });
const base = (limit: number) => ({ startUs: micros(NOW_MS * 1000 - 2 * 86400e6), endUs: micros(NOW_MS * 1000), limit });

async function run(type: 'demo' | 'jaeger', q: string, limit: number) {
  const compiled = compileSearch(type, parseQuery(q), base(limit));
  // For "jaeger" the demo stands in for the backend: it answers the pushed-down part.
  const answer = await adapter.search(compiled.request);
  return { compiled, answer, finished: finishSearch(type, compiled, answer) };
}

describe('finishSearch', () => {
  it('evaluates a whole query in the browser for the demo source, then applies the limit', async () => {
    const { finished } = await run('demo', 'service=checkout error', 3);
    expect(finished.summaries.length).toBeLessThanOrEqual(3);
    expect(finished.matched).toBeGreaterThan(0);
    for (const s of finished.summaries) {
      expect(s.trace!.spans.some((sp) => sp.service === 'checkout' && sp.status.code === 'error')).toBe(true);
    }
    expect(finished.notes).toContain('Filtered in the browser: `service=checkout status=error`.');
    if (finished.matched > 3) expect(finished.notes.some((n) => n.startsWith('Showing 3 of'))).toBe(true);
  });

  it('re-checks a backend answer and says the backend limit applied first', async () => {
    const { finished, answer } = await run('jaeger', 'service=checkout http.status_code>=500', 5);
    expect(answer.summaries).toHaveLength(5);
    const matcher = compileQuery(parseQuery('service=checkout http.status_code>=500'));
    expect(finished.summaries.every((s) => matcher.traceMatches(s.trace!))).toBe(true);
    expect(finished.returned).toBe(5);
    expect(finished.notes).toContain(
      'Filtered in the browser: `http.status_code>=500` — Jaeger returned 5 traces (its limit) before this filter; raise the limit to see more.',
    );
  });

  it('drops the adapter\'s own limit note, which counts traces before the filter', () => {
    const compiled = compileSearch('jaeger', parseQuery('service=a x>1'), base(1));
    const finished = finishSearch('jaeger', compiled, {
      summaries: [],
      notes: ['Showing the first 1 traces (the limit); narrow the search or raise the limit to see more.', 'Other note'],
    });
    expect(finished.notes[0]).toBe('Other note');
  });

  it('says nothing about the browser when the backend answered it all', async () => {
    const { finished, answer } = await run('jaeger', 'service=checkout', 1000);
    expect(finished.summaries).toHaveLength(answer.summaries.length);
    expect(finished.notes.some((n) => n.includes('browser:'))).toBe(false);
  });

  it('keeps summaries without spans (cannot check) and says so', () => {
    const compiled = compileSearch('jaeger', parseQuery('service=a x>1'), base(20));
    const summary = { traceId: 'a', rootService: 'a', rootName: 'r', startUs: micros(1), durationUs: micros(1), spanCount: 1, errorCount: 0, services: [] };
    const finished = finishSearch('jaeger', compiled, { summaries: [summary], notes: [] });
    expect(finished.summaries).toHaveLength(1);
    expect(finished.notes.some((n) => n.includes('could not be re-checked'))).toBe(true);
    expect(finished.notes.some((n) => n.includes('returned 1 trace before'))).toBe(true);
  });
});
