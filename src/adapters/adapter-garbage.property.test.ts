// Whatever a backend answers, an adapter resolves or fails with a SourceError: never a
// TypeError from deep inside a decoder, never a hang.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { micros } from '../lib/units';
import { createAdapter } from './registry';
import { SourceError } from './source-error';
import { testSource } from './shared/test-source';

afterEach(() => vi.unstubAllGlobals());

const query = { service: 'frontend', tags: [['k', 'v']] as const, startUs: micros(1e15), endUs: micros(1e15 + 3.6e9), limit: 20 };

// Plausible fragments of each backend's answers, mixed with arbitrary JSON.
const fragment = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record({ result: fc.record({ resourceSpans: fc.jsonValue({ maxDepth: 5 }) }) }),
  fc.record({ data: fc.jsonValue({ maxDepth: 5 }) }),
  fc.record({ traces: fc.array(fc.record({ traceID: fc.string(), startTimeUnixNano: fc.jsonValue({ maxDepth: 1 }), serviceStats: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 3 }) }),
  fc.record({ trace: fc.record({ resourceSpans: fc.jsonValue({ maxDepth: 5 }) }) }),
  fc.array(fc.array(fc.record({ traceId: fc.string(), id: fc.string(), timestamp: fc.jsonValue({ maxDepth: 1 }) }), { maxLength: 3 }), { maxLength: 3 }),
);
const answer = fc.record({
  status: fc.constantFrom(200, 200, 200, 404, 500),
  body: fc.oneof(fragment.map((j) => JSON.stringify(j)), fc.string({ maxLength: 40 })),
});

describe.each(['jaeger', 'tempo', 'zipkin'] as const)('%s adapter on garbage', (type) => {
  it('resolves or throws SourceError (600 random answers)', async () => {
    await fc.assert(
      fc.asyncProperty(answer, fc.constantFrom('services', 'operations', 'search', 'trace', 'tagValues'), async (a, call) => {
        vi.stubGlobal('fetch', async () => new Response(a.body, { status: a.status }));
        const adapter = createAdapter(testSource(type));
        const run =
          call === 'services' ? adapter.services()
          : call === 'operations' ? adapter.operations('frontend')
          : call === 'search' ? adapter.search(query)
          : call === 'trace' ? adapter.trace('0123456789abcdef')
          : (adapter.tagValues?.('k') ?? Promise.resolve([]));
        const outcome = await run.then(() => null, (e: unknown) => e);
        if (outcome !== null) expect(outcome).toBeInstanceOf(SourceError);
      }),
      { numRuns: 600 },
    );
  });
});
