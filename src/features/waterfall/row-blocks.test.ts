import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowsOfBlock, blocksInView } from './row-blocks';

describe('blocksInView', () => {
  it('names the blocks holding the rendered rows', () => {
    expect(blocksInView(70, 110, 1000, 64)).toEqual({ from: 1, to: 2 });
    expect(blocksInView(60, 70, 1000, 64)).toEqual({ from: 0, to: 2 });
    expect(blocksInView(0, 40, 1000, 64)).toEqual({ from: 0, to: 1 });
    expect(blocksInView(960, 999, 1000, 64)).toEqual({ from: 15, to: 16 });
  });

  it('is empty for an empty list or no rendered rows', () => {
    expect(blocksInView(0, -1, 0, 64)).toEqual({ from: 0, to: 0 });
    expect(blocksInView(5, 4, 100, 64)).toEqual({ from: 0, to: 0 });
  });

  it('changes only when the first or the last rendered row enters another block', () => {
    // 45 rendered rows moving one row at a time: the blocks follow the blocks, not the rows.
    let previous = blocksInView(0, 45, 10_000, 64);
    let changes = 0;
    for (let first = 1; first < 640; first++) {
      const now = blocksInView(first, first + 45, 10_000, 64);
      const crossed = Math.floor(first / 64) !== Math.floor((first - 1) / 64) || Math.floor((first + 45) / 64) !== Math.floor((first + 44) / 64);
      expect(now.from !== previous.from || now.to !== previous.to).toBe(crossed);
      if (crossed) changes++;
      previous = now;
    }
    // 9 crossings of the first row, 10 of the last, over 640 rows.
    expect(changes).toBe(19);
  });

  it('covers the rendered rows with as few blocks as can', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(200), fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 128 }), (first, length, count, size) => {
        const last = Math.min(count - 1, first + length);
        fc.pre(first <= last);
        const { from, to } = blocksInView(first, last, count, size);
        const covered = { from: rowsOfBlock(from, count, size).from, to: rowsOfBlock(to - 1, count, size).to };
        expect(covered.from).toBeLessThanOrEqual(first);
        expect(covered.to).toBeGreaterThan(last);
        expect(rowsOfBlock(from, count, size).to).toBeGreaterThan(first);
        expect(rowsOfBlock(to - 1, count, size).from).toBeLessThanOrEqual(last);
      }),
    );
  });
});

describe('rowsOfBlock', () => {
  it('is the block, cut at the end of the list', () => {
    expect(rowsOfBlock(0, 1000, 64)).toEqual({ from: 0, to: 64 });
    expect(rowsOfBlock(15, 1000, 64)).toEqual({ from: 960, to: 1000 });
  });
});
