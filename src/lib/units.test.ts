import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nanosStringToMicros, nanosToMicros } from './units';

describe('nanosStringToMicros', () => {
  it('keeps sub-µs digits and the µs part exactly', () => {
    expect(nanosStringToMicros('1700000000000000001')).toBe(1_700_000_000_000_000.001);
    expect(nanosStringToMicros('1544712660500000000')).toBe(1_544_712_660_500_000);
    expect(nanosStringToMicros('999')).toBe(0.999);
    expect(nanosStringToMicros(' 42000 ')).toBe(42);
    expect(nanosStringToMicros('1e9')).toBeNull();
    expect(nanosStringToMicros('')).toBeNull();
    expect(nanosToMicros(-1)).toBeNull();
  });

  it('reads bare digits as it reads them padded (the shortcut and the general steps agree)', () => {
    const digits = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 22n }).map(String),
      fc.bigInt({ min: 9_007_199_254_740_000_000n, max: 9_007_199_254_741_999_999n }).map(String),
      fc.stringMatching(/^[0-9]{1,22}$/),
      fc.string({ maxLength: 22 }),
    );
    fc.assert(
      fc.property(digits, (s) => {
        expect(Object.is(nanosStringToMicros(s), nanosStringToMicros(` ${s}`))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
