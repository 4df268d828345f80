import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { integerValue } from './decode-helpers';

describe('integerValue', () => {
  it('keeps safe integers as numbers and larger ones as text', () => {
    expect(integerValue('200')).toBe(200);
    expect(integerValue('-0')).toBe(-0);
    expect(integerValue('007')).toBe(7);
    expect(integerValue(' 12 ')).toBe(12);
    expect(integerValue('9223372036854775807')).toBe('9223372036854775807');
    expect(integerValue('-00123456789012345678')).toBe('-123456789012345678');
    expect(integerValue('1e3')).toBeUndefined();
    expect(integerValue('-')).toBeUndefined();
    expect(integerValue(1.5)).toBeUndefined();
  });

  it('reads short digit strings as it reads them padded (the shortcut and the general steps agree)', () => {
    const text = fc.oneof(
      fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String),
      fc.stringMatching(/^-?[0-9]{0,17}$/),
      fc.string({ maxLength: 17 }),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(Object.is(integerValue(s), integerValue(` ${s}`))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
