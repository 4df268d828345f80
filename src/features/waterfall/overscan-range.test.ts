import { describe, expect, it } from 'vitest';
import { overscanRange } from './overscan-range';

const rows = { ahead: 3, behind: 1, atRest: 2 };

describe('overscanRange', () => {
  it('renders extra rows on both sides at rest', () => {
    expect(overscanRange({ startIndex: 10, endIndex: 12, count: 100 }, null, rows)).toEqual([8, 9, 10, 11, 12, 13, 14]);
  });

  it('renders more rows ahead of the scroll than behind it', () => {
    expect(overscanRange({ startIndex: 10, endIndex: 12, count: 100 }, 'forward', rows)).toEqual([9, 10, 11, 12, 13, 14, 15]);
    expect(overscanRange({ startIndex: 10, endIndex: 12, count: 100 }, 'backward', rows)).toEqual([7, 8, 9, 10, 11, 12, 13]);
  });

  it('renders only the visible rows after a leap', () => {
    expect(overscanRange({ startIndex: 10, endIndex: 12, count: 100 }, 'leap', rows)).toEqual([10, 11, 12]);
  });

  it('stays within the list', () => {
    expect(overscanRange({ startIndex: 0, endIndex: 2, count: 4 }, 'forward', rows)).toEqual([0, 1, 2, 3]);
    expect(overscanRange({ startIndex: 0, endIndex: 1, count: 2 }, 'backward', rows)).toEqual([0, 1]);
    expect(overscanRange({ startIndex: 0, endIndex: -1, count: 0 }, null, rows)).toEqual([]);
  });
});
