import { describe, expect, it } from 'vitest';
import { makeTrace, spanIdOf } from './analyses/test-trace';
import { spanIndexOfUid } from './span-index-of-uid';
import type { Trace } from './types';

const built = makeTrace([{ start: 0, duration: 10 }, { parent: 0, start: 1, duration: 2 }, { parent: 0, start: 3, duration: 2 }]);

/** The trace, telling whether its uid index was asked for. */
function watched(trace: Trace): { trace: Trace; indexUsed: () => boolean } {
  let used = false;
  const copy = Object.create(trace, {
    byUid: {
      get: () => {
        used = true;
        return trace.byUid;
      },
    },
  }) as Trace;
  return { trace: copy, indexUsed: () => used };
}

describe('spanIndexOfUid', () => {
  it('takes the likely index when its span has the uid, without the uid index', () => {
    const { trace, indexUsed } = watched(built);
    const uid = built.spans[2]!.uid;
    expect(spanIndexOfUid(trace, uid, 2)).toBe(2);
    expect(indexUsed()).toBe(false);
  });

  it('looks the uid up otherwise, and says null for one not in the trace', () => {
    const { trace, indexUsed } = watched(built);
    expect(spanIndexOfUid(trace, built.spans[1]!.uid, 2)).toBe(1);
    expect(indexUsed()).toBe(true);
    expect(spanIndexOfUid(built, spanIdOf(99))).toBeNull();
    expect(spanIndexOfUid(built, built.spans[0]!.uid, 7)).toBe(0);
  });
});
