// Test support: fast-check arbitraries that damage realistic payloads. Used by the
// decoder property tests; never imported by app code.
import fc from 'fast-check';

export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  '\u0000',
  '\u202e\u0301🙂',
  '0'.repeat(40),
  'f'.repeat(33),
  'AAAAAAAAAAA=',
  '-1',
  '1e999',
  'NaN',
  'null',
  'true',
  'x'.repeat(5000),
];

export const HUGE_NUMBERS = [
  2 ** 53 + 1,
  -(2 ** 63),
  2 ** 64,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -0,
  -1,
  0.5,
  NaN,
  Infinity,
  -Infinity,
];

/** Anything a decoder may meet where it expected something else. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, {}, [], [[]], [null], { length: 3 }),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HUGE_NUMBERS),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.constantFrom(...HOSTILE_STRINGS, 'spans', 'traceID', 'spanID', 'id', 'traceId', 'data'), fc.jsonValue({ maxDepth: 2 }), {
    maxKeys: 4,
  }),
);

type Slot = { readonly holder: Record<string, unknown> | unknown[]; readonly key: string | number };

/** Every (container, key) slot of a JSON tree, by explicit stack. */
function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        out.push({ holder: node, key: i });
        stack.push(v);
      });
    } else if (typeof node === 'object' && node !== null) {
      const obj = node as Record<string, unknown>;
      for (const k of Object.keys(obj)) {
        out.push({ holder: obj, key: k });
        stack.push(obj[k]);
      }
    }
  }
  return out;
}

type Mutation =
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly op: 'wrap'; readonly at: number }
  | { readonly op: 'stringify'; readonly at: number }
  | { readonly op: 'duplicate'; readonly at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: garbage }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: garbage }),
  fc.record({ op: fc.constant('wrap' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('stringify' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
);

function apply(root: unknown, m: Mutation): unknown {
  const all = slots(root);
  if (all.length === 0) return m.op === 'replace' ? structuredClone(m.value) : root;
  const { holder, key } = all[m.at % all.length]!;
  const current = (holder as Record<string | number, unknown>)[key];
  const set = (v: unknown) => {
    (holder as Record<string | number, unknown>)[key] = v;
  };
  switch (m.op) {
    case 'delete':
      if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete holder[key as string];
      break;
    case 'replace':
      // A fresh copy: fast-check may hand the same object to two mutations, and placing
      // one object inside itself would make a cycle (and JSON never has cycles).
      set(structuredClone(m.value));
      break;
    case 'wrap':
      set([current]);
      break;
    case 'stringify':
      set(JSON.stringify(current) ?? 'undefined');
      break;
    case 'duplicate':
      if (Array.isArray(holder)) holder.push(structuredClone(current));
      else set(structuredClone(current));
      break;
  }
  return root;
}

/** A seed payload (deep-cloned) damaged by 1–6 random mutations. */
export function mutated(seeds: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([seed, ms]) => ms.reduce<unknown>((acc, m) => apply(acc, m), structuredClone(seed)));
}

/** Mutated seeds most of the time, sometimes free-form garbage. */
export function hostilePayloads(seeds: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: mutated(seeds), weight: 8 }, { arbitrary: garbage, weight: 1 }, { arbitrary: fc.anything(), weight: 1 });
}
