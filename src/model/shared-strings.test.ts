import { describe, expect, it } from 'vitest';
import { SharedStrings } from './shared-strings';

// Which instance comes back cannot be seen from JavaScript (strings compare by value); the
// saving shows in the bench's heap figure. What can be seen: the value never changes.
describe('SharedStrings', () => {
  it('gives back an equal string for repeated, distinct, many and long values', () => {
    const shared = new SharedStrings();
    const inputs = ['GET /orders', 'GET /orders', '', ...Array.from({ length: 5000 }, (_, i) => `op ${i % 4500}`), 'x'.repeat(201)];
    for (const s of inputs) expect(shared.share(s)).toBe(s);
  });
});
