import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySkewAdjustment, clockKeys, detectClockSkew, skewDelta, skewShifts } from './clock-skew';
import { makeTrace, type TestSpan } from './test-trace';

//  0 frontend client |0------------------100|
//  1 backend server  |-50-----------30|         (clock behind: starts before its client)
//  2 backend query     |-40--30|                 (same clock as 1: moves with it)
//  3 db server         |-38-34|                  (fits 2 as recorded, but not once 2 moves)
const skewed = makeTrace([
  { start: 0, duration: 100, service: 'frontend', kind: 'client' },
  { parent: 0, start: -50, duration: 80, service: 'backend', kind: 'server', events: [-45] },
  { parent: 1, start: -40, duration: 10, service: 'backend' },
  { parent: 2, start: -38, duration: 4, service: 'db', kind: 'server' },
]);

describe('clock skew', () => {
  it('centres a server in its client, assuming equal latency both ways', () => {
    expect(skewDelta(0, 100, -50, 80)).toBe(60);
    // longer than the parent: only kept from starting before it
    expect(skewDelta(0, 100, -30, 200)).toBe(30);
    expect(skewDelta(0, 100, 10, 200)).toBe(0);
    // already inside
    expect(skewDelta(0, 100, 10, 80)).toBe(0);
  });

  it('detects children outside their parent across a service boundary only', () => {
    expect(detectClockSkew(skewed)).toEqual([{ spanIndex: 1, parentIndex: 0, shiftUs: 60 }]);
    const sameService = makeTrace([
      { start: 0, duration: 10, service: 'a' },
      { parent: 0, start: -5, duration: 30, service: 'a' },
    ]);
    expect(detectClockSkew(sameService)).toEqual([]);
    expect(applySkewAdjustment(sameService)).toBe(sameService);
  });

  it('sees one clock per host: services on one host are never skewed against each other', () => {
    const oneHost = makeTrace([
      { start: 0, duration: 10, service: 'client', kind: 'client', resource: { 'host.name': 'box-1' } },
      // Work after the response: the server span outlives its client on the same machine.
      { parent: 0, start: 2, duration: 30, service: 'server', kind: 'server', resource: { 'host.name': 'box-1' } },
    ]);
    expect(detectClockSkew(oneHost)).toEqual([]);
    const twoHosts = makeTrace([
      { start: 0, duration: 100, service: 'client', kind: 'client', resource: { 'host.name': 'box-1' } },
      { parent: 0, start: -50, duration: 80, service: 'client', kind: 'server', resource: { 'host.name': 'box-2' } },
    ]);
    // Same service name, other machine: another clock.
    expect(detectClockSkew(twoHosts)).toEqual([{ spanIndex: 1, parentIndex: 0, shiftUs: 60 }]);
  });

  it('names each clock once: the host when the resource has one, else the service', () => {
    const spans = makeTrace([
      { start: 0, duration: 100, service: 'a', resource: { 'host.name': 'box-1' } },
      { parent: 0, start: 1, duration: 10, service: 'b', resource: { ip: '10.0.0.7' } },
      { parent: 0, start: 2, duration: 10, service: 'c' },
      { parent: 0, start: 3, duration: 10, service: 'c' },
    ]).spans;
    const shared = [{ ...spans[0]!, index: 4 }, { ...spans[1]!, index: 5 }];
    const keys = clockKeys([...spans, ...shared]);
    expect(keys).toEqual(['host\u0000box-1', 'host\u000010.0.0.7', 'service\u0000c', 'service\u0000c', 'host\u0000box-1', 'host\u000010.0.0.7']);
  });

  it('shifts the subtree on the same clock and re-measures across the next boundary', () => {
    // db is measured against the adjusted query span [20,30) and centred in it: 20 + 3 - (-38).
    expect(Array.from(skewShifts(skewed))).toEqual([0, 60, 60, 61]);
  });

  it('builds a new trace with shifted times, events, self time and warnings', () => {
    const before = JSON.stringify([...skewed.spans]);
    const t = applySkewAdjustment(skewed);
    expect(JSON.stringify([...skewed.spans])).toBe(before);
    expect(t).not.toBe(skewed);
    expect(t.spans.map((s) => [s.startUs, s.endUs])).toEqual([
      [0, 100],
      [10, 90],
      [20, 30],
      [23, 27],
    ]);
    expect(t.spans[1]!.events[0]!.timeUs).toBe(15);
    expect(t.spans[0]!.selfTimeUs).toBe(20); // was 100 - 30 (overlap of [-50,30) with [0,100))
    // buildTrace already flagged it as outside its parent; the adjustment adds its own note.
    expect(t.spans[1]!.warnings.at(-1)).toEqual({
      kind: 'clock-skew',
      message: 'Clock skew: shown shifted by +60 µs to fit inside its parent (frontend).',
    });
    expect(skewed.spans[1]!.warnings.some((w) => w.kind === 'clock-skew')).toBe(false);
    expect(t.spans[2]!.warnings[0]!.message).toContain('with its parent');
    expect(t.spans[0]!.warnings).toEqual([]);
    expect(t.startUs).toBe(0);
    expect(t.warnings.at(-1)).toMatchObject({ kind: 'clock-skew', spanIndices: [1, 2, 3] });
  });

  it('puts every cross-clock child that is not longer than its parent inside it', () => {
    const arb = fc
      .array(
        fc.record({
          pick: fc.double({ min: 0, max: 1, noNaN: true }),
          start: fc.integer({ min: -100, max: 100 }),
          duration: fc.integer({ min: 0, max: 80 }),
          service: fc.constantFrom('a', 'b', 'c'),
        }),
        { minLength: 1, maxLength: 100 },
      )
      .map((rows) =>
        rows.map(
          (r, i): TestSpan => ({
            parent: i === 0 ? -1 : Math.floor(r.pick * i),
            start: r.start,
            duration: r.duration,
            service: r.service,
          }),
        ),
      );
    fc.assert(
      fc.property(arb, (specs) => {
        const before = makeTrace(specs);
        const after = applySkewAdjustment(before);
        for (const span of after.spans) {
          const p = span.parentIndex;
          if (p < 0) continue;
          const parent = after.spans[p]!;
          const orig = before.spans[span.index]!;
          const origParent = before.spans[p]!;
          if (span.service !== parent.service) {
            if (span.durationUs <= parent.durationUs) {
              expect(span.startUs).toBeGreaterThanOrEqual(parent.startUs - 1e-9);
              expect(span.endUs).toBeLessThanOrEqual(parent.endUs + 1e-9);
            } else {
              expect(span.startUs).toBeGreaterThanOrEqual(parent.startUs - 1e-9);
            }
          } else {
            expect(span.startUs - parent.startUs).toBeCloseTo(orig.startUs - origParent.startUs, 6);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('handles a 10,000-level chain alternating services', () => {
    const specs: TestSpan[] = [];
    for (let i = 0; i < 10_000; i++) {
      specs.push({ parent: i - 1, start: i % 2 ? i - 5 : i, duration: 20_000 - 2 * i, service: `s${i % 2}` });
    }
    const t = applySkewAdjustment(makeTrace(specs));
    expect(t.spans.length).toBe(10_000);
    expect(t.spans[9_999]!.warnings.some((w) => w.kind === 'clock-skew')).toBe(true);
  });
});
