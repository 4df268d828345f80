import { describe, expect, it } from 'vitest';
import { concatBytes, sameBytes } from './bytes';

const b = (...v: number[]) => new Uint8Array(v);

describe('bytes', () => {
  it('concatenates parts, empty ones too', () => {
    expect(concatBytes([b(1, 2), b(), b(3)])).toEqual(b(1, 2, 3));
    expect(concatBytes([])).toEqual(b());
  });

  it('compares a run of bytes at an offset, and not past the end', () => {
    expect(sameBytes(b(9, 1, 2, 3), 1, b(1, 2))).toBe(true);
    expect(sameBytes(b(9, 1, 2, 3), 1, b(1, 3))).toBe(false);
    expect(sameBytes(b(9, 1), 1, b(1, 2))).toBe(false);
  });
});
