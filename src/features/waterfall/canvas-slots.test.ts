import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSlots } from './canvas-slots';

describe('assignSlots', () => {
  it('keeps a block on its canvas while it stays in view, and hands a leaving block’s canvas to an entering one', () => {
    const first = assignSlots([], 0, 3);
    expect(first).toEqual([0, 1, 2]);
    // Scrolled one block down: 0 leaves, 3 enters and takes 0's canvas; 1 and 2 stay put.
    expect(assignSlots(first, 1, 4)).toEqual([3, 1, 2]);
    // Fewer blocks in view (a shorter list): spare canvases show nothing.
    expect(assignSlots([3, 1, 2], 2, 3)).toEqual([-1, -1, 2]);
  });

  it('returns the same array when nothing changes, so the canvases are not rendered again', () => {
    const slots = assignSlots([], 4, 7);
    expect(assignSlots(slots, 4, 7)).toBe(slots);
  });

  it('shows every block in view on exactly one canvas, and adds canvases only when more blocks are in view than ever', () => {
    const step = fc.record({ from: fc.nat(500), length: fc.nat(6) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (views) => {
        let slots: readonly number[] = [];
        let most = 0;
        for (const { from, length } of views) {
          slots = assignSlots(slots, from, from + length);
          most = Math.max(most, length);
          for (let b = from; b < from + length; b++) expect(slots.filter((s) => s === b)).toHaveLength(1);
          expect(slots.every((s) => s === -1 || (s >= from && s < from + length))).toBe(true);
          expect(slots.length).toBe(most);
        }
      }),
    );
  });
});
