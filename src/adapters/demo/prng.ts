/**
 * A small seeded PRNG (mulberry32) so the demo traces are identical on every load.
 * Each trace seeds its own generator from its id, so adding or reordering scenarios never
 * changes the ids or shapes of the others.
 */
export class Prng {
  private state: number;

  constructor(seed: number | string) {
    this.state = (typeof seed === 'string' ? hashString(seed) : seed) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** Real number in [lo, hi). */
  float(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Prng.pick: empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /**
   * A latency around `medianUs` with a long right tail (log-normal-ish), as real
   * request latencies have. Always at least 1 µs; whole microseconds.
   */
  latency(medianUs: number, spread = 0.5): number {
    // Sum of three uniforms ≈ normal; exponentiate for the tail.
    const z = (this.next() + this.next() + this.next() - 1.5) * 2;
    return Math.max(1, Math.round(medianUs * Math.exp(z * spread)));
  }

  /** `length` lower-case hex digits, never all zeros (an all-zero id is invalid in OTLP). */
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += Math.floor(this.next() * 0x10000).toString(16).padStart(4, '0');
    out = out.slice(0, length);
    return /^0+$/.test(out) ? `${out.slice(0, -1)}1` : out;
  }
}

/** FNV-1a, 32 bits: a stable seed from a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
