import { describe, expect, it } from 'vitest';
import { guideStyle } from './guide-style';

describe('guideStyle', () => {
  it('draws nothing for a root', () => {
    expect(guideStyle({ indent: 0, through: [], elbow: null, clipped: false }, 14, 24)).toBeNull();
  });

  it('draws one layer per through line plus the elbow (vertical and arm)', () => {
    const s = guideStyle({ indent: 3, through: [0], elbow: 'mid', clipped: false }, 14, 24)!;
    expect(s.width).toBe(42);
    expect(s.backgroundImage.split('linear-gradient').length - 1).toBe(3);
    expect(s.backgroundPosition).toBe('7px 0px, 35px 0px, 35px 12px');
    expect(s.backgroundSize).toBe('1px 100%, 1px 100%, 7px 1px');
  });

  it('stops a last child’s elbow at the middle of the row', () => {
    const s = guideStyle({ indent: 1, through: [], elbow: 'last', clipped: false }, 14, 24)!;
    expect(s.backgroundPosition).toBe('7px 0px, 7px 12px');
    expect(s.backgroundSize).toBe('1px 13px, 7px 1px');
  });

  it('returns the same object for the same pattern, so React writes no style', () => {
    const a = guideStyle({ indent: 2, through: [0], elbow: 'last', clipped: false }, 14, 24);
    const b = guideStyle({ indent: 2, through: [0], elbow: 'last', clipped: true }, 14, 24);
    expect(a).toBe(b);
    expect(guideStyle({ indent: 2, through: [], elbow: 'last', clipped: false }, 14, 24)).not.toBe(a);
  });
});
