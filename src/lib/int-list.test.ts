import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Int32List } from './int-list';

describe('Int32List', () => {
  it('holds what was pushed, set and truncated, as an array would, past any number of growths', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ push: fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 4 }) }),
            fc.record({ truncate: fc.nat(40) }),
            fc.record({ set: fc.nat(40), to: fc.integer() }),
            fc.record({ pushAll: fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 9 }) }),
            fc.record({ reserve: fc.nat(300) }),
          ),
          { maxLength: 200 },
        ),
        (ops) => {
          const list = new Int32List(1);
          const reference: number[] = [];
          for (const op of ops) {
            if ('push' in op) {
              const [a, b, c, d] = op.push;
              list.push(a!, b, c, d);
              reference.push(...op.push);
            } else if ('pushAll' in op) {
              list.pushAll(Int32Array.from(op.pushAll));
              reference.push(...op.pushAll);
            } else if ('reserve' in op) {
              list.reserve(op.reserve);
            } else if ('truncate' in op) {
              list.truncate(op.truncate);
              reference.length = Math.min(reference.length, op.truncate);
            } else if (op.set < reference.length) {
              list.set(op.set, op.to);
              reference[op.set] = op.to | 0;
            }
          }
          expect(list.length).toBe(reference.length);
          expect(Array.from({ length: list.length }, (_, i) => list.get(i))).toEqual(reference);
        },
      ),
    );
  });
});
