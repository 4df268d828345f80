import { describe, expect, it } from 'vitest';
import { computeCriticalPath } from './critical-path';
import {
  criticalShareByService,
  criticalSpanMask,
  criticalSpanSet,
  segmentsBySpan,
  stepCriticalSegment,
} from './critical-path-nav';
import { makeTrace } from './test-trace';

//  0 A |0-----------------------100|   svc a
//  1 B    |10--30|                     svc b
//  2 D     |12-14|   (overlapped by B, so never critical)
//  3 C              |50----80|         svc c
const trace = makeTrace([
  { start: 0, duration: 100, service: 'a' },
  { parent: 0, start: 10, duration: 20, service: 'b' },
  { parent: 0, start: 12, duration: 2, service: 'd' },
  { parent: 0, start: 50, duration: 30, service: 'c' },
]);
const path = computeCriticalPath(trace);
// path: A[0,10) B[10,30) A[30,50) C[50,80) A[80,100)

describe('critical path helpers', () => {
  it('lists the critical spans', () => {
    expect([...criticalSpanSet(path)].sort()).toEqual([0, 1, 3]);
    expect(Array.from(criticalSpanMask(path, 4))).toEqual([1, 1, 0, 1]);
    expect(segmentsBySpan(path).get(0)).toEqual([0, 2, 4]);
  });

  it('gives each service its share', () => {
    expect(criticalShareByService(trace, path)).toEqual([
      { service: 'a', us: 50, share: 0.5 },
      { service: 'c', us: 30, share: 0.3 },
      { service: 'b', us: 20, share: 0.2 },
    ]);
  });

  it('steps segment by segment from the current one', () => {
    expect(stepCriticalSegment(trace, path, 0, 0, 1)).toBe(1);
    expect(stepCriticalSegment(trace, path, 0, 2, 1)).toBe(3);
    expect(stepCriticalSegment(trace, path, 0, 4, 1)).toBe(-1);
    expect(stepCriticalSegment(trace, path, 0, 2, -1)).toBe(1);
  });

  it('steps from a selected span without a current segment', () => {
    expect(stepCriticalSegment(trace, path, 1, null, 1)).toBe(2);
    expect(stepCriticalSegment(trace, path, 1, null, -1)).toBe(0);
    // D is off the path: next is the first segment starting at or after 12 (A at 30).
    expect(stepCriticalSegment(trace, path, 2, null, 1)).toBe(2);
    expect(stepCriticalSegment(trace, path, 2, null, -1)).toBe(1);
    // a stale current segment (belongs to another span) is ignored
    expect(stepCriticalSegment(trace, path, 3, 0, 1)).toBe(4);
  });
});
