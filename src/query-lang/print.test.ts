import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompareOp, Expr, Field, Value } from './ast';
import { parseQuery } from './parse';
import { printQuery } from './print';
import { formatDurationLiteral, parseDurationLiteral } from './duration-literal';

/** Drops text positions so trees can be compared structurally. */
function strip(e: Expr | null): unknown {
  return JSON.parse(JSON.stringify(e, (k, v) => (k === 'range' ? undefined : v)));
}

const key = fc.stringMatching(/^[a-z_][a-z0-9_.\-/]{0,12}$/).filter((k) => !k.endsWith('.'));
const attrField: fc.Arbitrary<Field> = key.map((k) => ({ kind: 'attr' as const, key: k }));
const text = fc.string({ maxLength: 12 });
const strValue: fc.Arbitrary<Value> = text.map((value) => ({ type: 'string' as const, value }));
const numValue: fc.Arbitrary<Value> = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((value) => ({ type: 'number' as const, value }));
const boolValue: fc.Arbitrary<Value> = fc.boolean().map((value) => ({ type: 'bool' as const, value }));
const durValue: fc.Arbitrary<Value> = fc
  .constantFrom('250us', '1.5s', '2m', '100ms', '1h', '500ns')
  .map((t) => ({ type: 'duration' as const, us: parseDurationLiteral(t)!, text: t }));
const cmpOps: fc.Arbitrary<CompareOp> = fc.constantFrom('=', '!=', '>', '>=', '<', '<=');
const range = { start: 0, end: 0 };

const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.record({ field: attrField, op: cmpOps, value: fc.oneof(strValue, numValue, boolValue, durValue) }).map(
    ({ field, op, value }) => ({ type: 'compare' as const, field, op: value.type === 'bool' ? ('=' as const) : op, value, range }),
  ),
  fc.record({ field: attrField, op: fc.constantFrom<CompareOp>('=~', '!~'), value: fc.constantFrom('a.*', '^GET', '5..', 'x|y') }).map(
    ({ field, op, value }) => ({ type: 'compare' as const, field, op, value: { type: 'string' as const, value }, range }),
  ),
  fc.record({ value: text, op: fc.constantFrom<CompareOp>('=', '!=') }).map(({ value, op }) => ({
    type: 'compare' as const, field: { kind: 'service' as const }, op, value: { type: 'string' as const, value }, range,
  })),
  fc.record({ value: durValue, op: cmpOps }).map(({ value, op }) => ({ type: 'compare' as const, field: { kind: 'duration' as const }, op, value, range })),
  fc.record({ field: attrField, bare: fc.boolean() }).map(({ field, bare }) => ({ type: 'exists' as const, field, bare, range })),
  text.filter((t) => t.length > 0).map((t) => ({ type: 'text' as const, text: t, range })),
);

/** Random trees in the shape the parser produces: no and directly inside and, or inside or. */
const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr; and: Expr; or: Expr }>((tie) => ({
  e: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('and'), tie('or')),
  and: fc.array(fc.oneof(leaf, tie('or')), { minLength: 2, maxLength: 4 }).map((items) => ({ type: 'and' as const, items })),
  or: fc.array(fc.oneof(leaf, tie('and')), { minLength: 2, maxLength: 4 }).map((items) => ({ type: 'or' as const, items })),
})).e;

describe('printQuery', () => {
  it('parse(print(tree)) gives the same tree back, and printing is stable', () => {
    fc.assert(
      fc.property(expr, (tree) => {
        const printed = printQuery(tree);
        const reparsed = parseQuery(printed);
        expect(strip(reparsed)).toEqual(strip(tree));
        expect(printQuery(reparsed)).toBe(printed);
      }),
      { numRuns: 2000 },
    );
  });

  it('formats durations exactly', () => {
    for (const us of [1, 250, 1000, 1500, 1_000_000, 1_500_000, 90_000_000, 3_600_000_000]) {
      expect(parseDurationLiteral(formatDurationLiteral(us))).toBe(us);
    }
    expect(formatDurationLiteral(1_500_000)).toBe('1.5s');
  });
});
