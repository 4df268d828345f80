import { describe, expect, it } from 'vitest';
import { unlistedSourceLabel } from './source-label';

const sources = [
  { id: 'demo', name: 'Demo' },
  { id: 'mirror', name: 'Demo mirror' },
];

describe('unlistedSourceLabel', () => {
  it('names a merged view by its sources, in the order the address gives them', () => {
    expect(unlistedSourceLabel('demo,mirror', sources)).toBe('Demo + Demo mirror');
    expect(unlistedSourceLabel('mirror,demo', sources)).toBe('Demo mirror + Demo');
  });

  it('keeps the id of a part it does not know', () => {
    expect(unlistedSourceLabel('demo,gone', sources)).toBe('Demo + gone');
  });

  it('calls anything else unknown', () => {
    expect(unlistedSourceLabel('gone', sources)).toBe('gone (unknown)');
  });
});
