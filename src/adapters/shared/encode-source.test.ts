import { describe, expect, it } from 'vitest';
import { buildTraces } from '../../model/build-trace';
import type { Span, Trace } from '../../model/types';
import { FIXTURES_MISSING_MESSAGE, FIXTURES_PRESENT, fixtureText, listFixtureFiles } from '../conformance/fixture-files';
import { generateDemoDataset } from '../demo/demo-dataset';
import { decodeFile } from '../file/decode-file';
import { decodeJaegerJson } from '../jaeger/decode';
import { encodeJaegerJson } from '../jaeger/encode';
import { decodeZipkin } from '../zipkin/decode';
import { encodeZipkinJson } from '../zipkin/encode';

// Jaeger and Zipkin JSON hold less than the model (whole µs, no resource in Zipkin, tags as
// text), so these check the tree and what each format can say, not every field.
function shape(span: Span, _i: number, spans: readonly Span[]) {
  return {
    uid: span.uid,
    parentUid: spans[span.parentIndex]?.uid ?? null,
    name: span.name,
    service: span.service,
    kind: span.kind,
    error: span.status.code === 'error',
    startUs: Math.round(span.startUs),
    durationUs: Math.round(span.durationUs),
    events: span.events.map((e) => e.name),
  };
}
const byUid = (t: Trace) => t.spans.map(shape).sort((a, b) => (a.uid < b.uid ? -1 : 1));
// Zipkin has no INTERNAL kind: a local span simply has none.
const zipkinView = (t: Trace) => byUid(t).map((s) => (s.kind === 'internal' ? { ...s, kind: 'unspecified' as const } : s));
/** Three or more spans with one id: which is "~2" and which "~3" depends on payload order. */
const reusesIds = (t: Trace) => t.spans.some((s) => /~[3-9]|~\d\d/.test(s.uid));
const only = (traces: Trace[]) => {
  expect(traces).toHaveLength(1);
  return traces[0]!;
};
const throughText = (json: unknown): unknown => JSON.parse(JSON.stringify(json));

describe('encodeJaegerJson / encodeZipkinJson', () => {
  const { traces } = generateDemoDataset(1_767_225_600_000_000);

  it('Jaeger JSON of every demo trace decodes to the same tree, kinds, errors, times, attributes and processes', () => {
    for (const trace of traces) {
      const back = only(buildTraces(decodeJaegerJson(throughText(encodeJaegerJson(trace)))));
      expect(back.format).toBe('jaeger-json');
      expect(byUid(back)).toEqual(byUid(trace));
      const original = new Map(trace.spans.map((s) => [s.uid, s]));
      for (const s of back.spans) {
        const o = original.get(s.uid)!;
        for (const a of o.attributes) {
          if (a.value.type !== 'array' && a.value.type !== 'map') expect(s.attributes).toContainEqual(a);
        }
        expect(s.resource).toEqual(o.resource.filter((a) => a.key !== 'service.name'));
      }
    }
  });

  it('Zipkin JSON of every demo trace decodes to the same tree, kinds, errors and times', () => {
    for (const trace of traces) {
      if (trace.spans.some((s) => s.uid !== s.spanId)) continue; // duplicate ids mean something else in Zipkin
      const back = only(buildTraces(decodeZipkin(throughText(encodeZipkinJson(trace)))));
      expect(back.format).toBe('zipkin-json');
      expect(zipkinView(back)).toEqual(zipkinView(trace));
    }
  });

  it.skipIf(!FIXTURES_PRESENT)('re-encodes the real Jaeger and Zipkin payloads to the same trees', () => {
    let checked = 0;
    for (const rel of listFixtureFiles()) {
      const text = fixtureText(rel);
      if (text === undefined) continue;
      let decoded: ReturnType<typeof decodeFile>;
      try {
        decoded = decodeFile(text, rel);
      } catch {
        continue;
      }
      for (const trace of decoded.traces) {
        if (trace.spans.some((s) => s.warnings.some((w) => w.kind === 'invalid-id' || w.kind === 'missing-timestamp'))) continue;
        if (reusesIds(trace)) continue;
        if (decoded.format === 'zipkin-json') {
          expect(zipkinView(only(buildTraces(decodeZipkin(throughText(encodeZipkinJson(trace))))))).toEqual(zipkinView(trace));
          checked++;
        } else if (decoded.format === 'jaeger-json') {
          if (trace.spans.some((s) => s.uid !== s.spanId)) continue;
          expect(byUid(only(buildTraces(decodeJaegerJson(throughText(encodeJaegerJson(trace))))))).toEqual(byUid(trace));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
  if (!FIXTURES_PRESENT) it.skip(FIXTURES_MISSING_MESSAGE, () => {});
});
