import { afterEach, describe, expect, it } from 'vitest';
import { markLoadPhase } from './load-marks';

describe('markLoadPhase', () => {
  afterEach(() => performance.clearMarks());

  it('marks the phase under the tracescope: prefix', () => {
    markLoadPhase('skeleton');
    expect(performance.getEntriesByName('tracescope:skeleton', 'mark')).toHaveLength(1);
  });

  it('keeps only the latest load’s mark of a phase', () => {
    markLoadPhase('decoded');
    markLoadPhase('decoded');
    markLoadPhase('decoded');
    const marks = performance.getEntriesByName('tracescope:decoded', 'mark');
    expect(marks).toHaveLength(1);
    expect(performance.getEntriesByName('tracescope:skeleton', 'mark')).toHaveLength(0);
  });
});
