import { describe, expect, it } from 'vitest';
import { hashString, Prng } from './prng';

describe('Prng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = new Prng('trace-1');
    const b = new Prng('trace-1');
    const seqA = Array.from({ length: 50 }, () => a.next());
    const seqB = Array.from({ length: 50 }, () => b.next());
    expect(seqA).toEqual(seqB);
    expect(new Prng('trace-2').next()).not.toBe(seqA[0]);
  });

  it('stays in range', () => {
    const rng = new Prng(42);
    for (let i = 0; i < 2_000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = rng.int(3, 7);
      expect(Number.isInteger(n) && n >= 3 && n <= 7).toBe(true);
      expect(rng.latency(1_000)).toBeGreaterThanOrEqual(1);
    }
  });

  it('reaches both ends of an integer range', () => {
    const rng = new Prng(7);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(0, 3)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });

  it('makes lower-case hex ids of the asked length, never all zeros', () => {
    const rng = new Prng('ids');
    for (let i = 0; i < 500; i++) {
      expect(rng.hex(16)).toMatch(/^[0-9a-f]{16}$/);
      expect(rng.hex(32)).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(hashString('a')).toBe(hashString('a'));
    expect(hashString('a')).not.toBe(hashString('b'));
  });
});
