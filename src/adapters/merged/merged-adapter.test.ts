import { describe, expect, it } from 'vitest';
import { makeTrace } from '../../model/analyses/test-trace';
import { SOURCE_EXTRA } from '../../model/merge-traces';
import type { Trace } from '../../model/types';
import type { SourceAdapter } from '../contract';
import { SourceError } from '../source-error';
import { createMergedAdapter, partsOfMergedSourceId } from './merged-adapter';

function fake(id: string, answer: Trace | SourceError): SourceAdapter {
  return {
    config: { id, name: id.toUpperCase(), type: 'demo', url: '', headers: {}, timeoutMs: 0 },
    capabilities: {} as SourceAdapter['capabilities'],
    services: async () => [],
    operations: async () => [],
    search: async () => ({ summaries: [], notes: [] }) as never,
    trace: async () => {
      if (answer instanceof SourceError) throw answer;
      return answer;
    },
  };
}

const trace = makeTrace([{ start: 0, duration: 10 }, { parent: 0, start: 1, duration: 2 }]);

describe('createMergedAdapter', () => {
  it('merges what the parts have and names the ones that failed', async () => {
    const merged = createMergedAdapter('a,b,c', [
      fake('a', trace),
      fake('b', trace),
      fake('c', new SourceError('unreachable', 'refused')),
    ]);
    const t = await merged.trace(trace.traceId);
    expect(t.spans).toHaveLength(2);
    expect(t.spans[0]!.extras[SOURCE_EXTRA]).toBe('a');
    expect(t.warnings[0]!.message).toMatch(/without C: unreachable/);
  });
  it('explains when no part has the trace', async () => {
    const merged = createMergedAdapter('a,b', [
      fake('a', new SourceError('not-found', 'no')),
      fake('b', new SourceError('timeout', 'slow')),
    ]);
    await expect(merged.trace(trace.traceId)).rejects.toMatchObject({
      kind: 'not-found',
      details: { hint: 'A: not found; B: timeout (slow)' },
    });
  });
  it('cannot search', async () => {
    await expect(createMergedAdapter('a,b', [fake('a', trace)]).search({} as never)).rejects.toBeInstanceOf(SourceError);
  });
  it('reads merged source ids', () => {
    expect(partsOfMergedSourceId('a, b,,a')).toEqual(['a', 'b']);
  });
});
