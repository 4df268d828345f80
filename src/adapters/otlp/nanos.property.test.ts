import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nanosBetween, readNanos } from './nanos';

// nanosBetween takes the difference of two bare-digit strings in doubles when it can; with a
// space in front of one of them it takes the general BigInt steps. Both must agree to the ns.
describe('nanosBetween', () => {
  const start = fc.oneof(
    fc.bigInt({ min: 1_500_000_000_000_000_000n, max: 1_999_999_999_999_999_999n }),
    fc.bigInt({ min: 1n, max: 10n ** 18n }),
  );
  const delta = fc.oneof(
    fc.bigInt({ min: -5000n, max: 5000n }),
    fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
    fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
  );
  // Leading zeros make strings of one value but different lengths.
  const zeros = fc.integer({ min: 0, max: 2 }).map((k) => '0'.repeat(k));

  it('is exact to 1 ns, shortcut or not', () => {
    fc.assert(
      fc.property(start, delta, zeros, zeros, (s, d, za, zb) => {
        const e = s + d > 0n ? s + d : 1n;
        const a = `${za}${s}`;
        const b = `${zb}${e}`;
        const startUs = readNanos(a, '');
        const endUs = readNanos(b, '');
        const got = nanosBetween(a, b, startUs, endUs);
        expect(Object.is(got, nanosBetween(` ${a}`, b, startUs, endUs))).toBe(true);
        const ns = e - s;
        expect(Object.is(got, Number(ns / 1000n) + Number(ns % 1000n) / 1000)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps a 1 ns span at epoch scale', () => {
    const t = '1700000000000000000';
    expect(nanosBetween(t, '1700000000000000001', readNanos(t, ''), readNanos('1700000000000000001', ''))).toBe(0.001);
    expect(nanosBetween('1700000000000001000', t, readNanos('1700000000000001000', ''), readNanos(t, ''))).toBe(-1);
  });
});
