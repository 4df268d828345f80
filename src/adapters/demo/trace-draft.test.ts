import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TraceDraft } from './trace-draft';

const TRACE = 'abcdef0123456789abcdef0123456789';
const T0 = 1_700_000_000_000_000;

function byName(spans: ReturnType<TraceDraft['build']>) {
  return new Map(spans.map((s) => [s.name, s]));
}

describe('TraceDraft', () => {
  it('lays sequential children one after another inside their parent', () => {
    const d = new TraceDraft(TRACE);
    const root = d.add(null, { service: 'a', name: 'root', kind: 'server', preUs: 100, postUs: 50 });
    d.add(root, { service: 'a', name: 'one', kind: 'internal', durationUs: 1_000, delayUs: 10 });
    d.add(root, { service: 'a', name: 'two', kind: 'internal', durationUs: 2_000, delayUs: 20 });
    const spans = byName(d.build(T0));
    const [r, one, two] = [spans.get('root')!, spans.get('one')!, spans.get('two')!];
    expect(r.startUs).toBe(T0);
    expect(one.startUs).toBe(T0 + 110);
    expect(two.startUs).toBe(T0 + 110 + 1_000 + 20);
    expect(r.durationUs).toBe(110 + 1_000 + 20 + 2_000 + 50);
    expect(one.parentSpanId).toBe(r.spanId);
    expect(r.parentSpanId).toBeNull();
  });

  it('runs children in parallel lanes up to the concurrency', () => {
    const d = new TraceDraft(TRACE);
    const root = d.add(null, { service: 'a', name: 'root', kind: 'internal', preUs: 0, postUs: 0, concurrency: 2 });
    for (const name of ['x', 'y', 'z']) d.add(root, { service: 'a', name, kind: 'internal', durationUs: 1_000, delayUs: 0 });
    const spans = byName(d.build(T0));
    expect(spans.get('x')!.startUs).toBe(T0);
    expect(spans.get('y')!.startUs).toBe(T0);
    expect(spans.get('z')!.startUs).toBe(T0 + 1_000);
    expect(spans.get('root')!.durationUs).toBe(2_000);
  });

  it('places events by fraction, shifts a skewed service and keeps an orphan parent id', () => {
    const d = new TraceDraft(TRACE);
    const root = d.add(null, { service: 'a', name: 'root', kind: 'server', preUs: 500, postUs: 500 });
    d.add(root, {
      service: 'b',
      name: 'leaf',
      kind: 'server',
      durationUs: 1_000,
      delayUs: 0,
      events: [{ at: 0.5, name: 'half', attributes: { n: 1 } }],
    });
    d.add(null, { service: 'c', name: 'lost', kind: 'server', durationUs: 10, missingParentId: 'ffffffffffffffff' });
    const spans = byName(d.build(T0, { clockOffsetUs: { b: -2_000 } }));
    const leaf = spans.get('leaf')!;
    expect(leaf.startUs).toBe(T0 + 500 - 2_000);
    expect(leaf.events[0]).toEqual({ timeUs: T0 - 1_500 + 500, name: 'half', attributes: [{ key: 'n', value: { type: 'int', value: 1 } }] });
    expect(spans.get('lost')!.parentSpanId).toBe('ffffffffffffffff');
  });

  it('gives every span its service resource and unique ids, identically on every build', () => {
    const make = () => {
      const d = new TraceDraft(TRACE);
      const root = d.add(null, { service: 'checkout', name: 'r', kind: 'server' });
      for (let i = 0; i < 100; i++) d.add(root, { service: 'payments', name: `c${i}`, kind: 'client', durationUs: 5 });
      return d.build(T0);
    };
    const a = make();
    expect(a).toEqual(make());
    expect(new Set(a.map((s) => s.spanId)).size).toBe(a.length);
    for (const s of a) {
      expect(s.resource.find((r) => r.key === 'service.name')?.value).toEqual({ type: 'string', value: s.service });
      expect(s.traceId).toBe(TRACE);
    }
  });

  it('refuses an unknown parent', () => {
    const d = new TraceDraft(TRACE);
    expect(() => d.add(3, { service: 'a', name: 'x', kind: 'internal' })).toThrow(/unknown parent/);
  });

  it('keeps every child inside its parent and never runs more children at once than allowed', () => {
    const tree = fc.array(
      fc.record({
        parentPick: fc.nat(),
        concurrency: fc.integer({ min: 1, max: 4 }),
        durationUs: fc.integer({ min: 1, max: 5_000 }),
        delayUs: fc.integer({ min: 0, max: 300 }),
      }),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(tree, (nodes) => {
        const d = new TraceDraft(TRACE);
        const concurrency: number[] = [];
        nodes.forEach((node, i) => {
          const parent = i === 0 ? null : node.parentPick % i;
          d.add(parent, { service: 's', name: `n${i}`, kind: 'internal', ...node });
          concurrency.push(node.concurrency);
        });
        const spans = d.build(T0);
        const index = new Map(spans.map((s, i) => [s.spanId, i]));
        const kids = spans.map(() => [] as number[]);
        spans.forEach((s, i) => {
          if (s.parentSpanId !== null) kids[index.get(s.parentSpanId)!]!.push(i);
        });
        const end = (i: number) => spans[i]!.startUs! + spans[i]!.durationUs!;
        kids.forEach((list, p) => {
          for (const k of list) {
            expect(spans[k]!.startUs!).toBeGreaterThanOrEqual(spans[p]!.startUs!);
            expect(end(k)).toBeLessThanOrEqual(end(p));
          }
          // Slow reference: at each child's start, count the siblings running at that instant.
          for (const k of list) {
            const t = spans[k]!.startUs!;
            const running = list.filter((o) => spans[o]!.startUs! <= t && t < end(o)).length;
            expect(running).toBeLessThanOrEqual(concurrency[p]!);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
