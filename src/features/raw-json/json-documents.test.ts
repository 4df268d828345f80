import { describe, expect, it } from 'vitest';
import { createDemoAdapter } from '../../adapters/demo/demo-adapter';
import { ALL_DEMO_TRACE_IDS } from '../../adapters/demo/demo-trace-ids';
import { encodeJaegerJson } from '../../adapters/jaeger/encode';
import { encodeOtlp } from '../../adapters/otlp/encode';
import { encodeZipkinJson } from '../../adapters/zipkin/encode';
import { jsonPieces } from '../../lib/json-pieces';
import { makeTrace } from '../../model/analyses/test-trace';
import type { Trace } from '../../model/types';
import { jsonDocument, jsonDocumentOptions } from './json-documents';

const trace = makeTrace([{ start: 0, duration: 10, name: 'root' }, { parent: 0, start: 1, duration: 2, name: 'child' }]);

describe('json documents', () => {
  it('offers OTLP and the model for a demo trace', () => {
    expect(jsonDocumentOptions(trace).map((o) => o.kind)).toEqual(['otlp', 'model']);
    expect(jsonDocumentOptions({ ...trace, format: 'jaeger-json' }).map((o) => o.label)).toContain('Jaeger JSON');
  });

  it('prints OTLP with the trace id and every span', () => {
    const text = [...jsonPieces(jsonDocument(trace, 'otlp'))].join('');
    expect(text).toContain(`"traceId": "${trace.traceId}"`);
    expect(text).toContain('"name": "child"');
  });

  it('dumps the model without the uid index', () => {
    const doc = jsonDocument(trace, 'model') as Record<string, unknown>;
    expect(doc.byUid).toBeUndefined();
    expect(doc.traceId).toBe(trace.traceId);
    expect((doc.spans as unknown[]).length).toBe(2);
  });

  it('prints every demo trace exactly as the whole encoded document, though its spans are encoded as they are printed', async () => {
    const demo = createDemoAdapter(
      { id: 'demo', name: 'Demo', type: 'demo', url: '', headers: {}, timeoutMs: 10_000 },
      { latencyMs: 0, now: () => Date.UTC(2026, 10, 23, 3, 0, 0) },
    );
    const printed = (t: Trace, kind: 'otlp' | 'source') => [...jsonPieces(jsonDocument(t, kind))].join('');
    for (const id of ALL_DEMO_TRACE_IDS) {
      const t = await demo.trace(id);
      expect(printed(t, 'otlp')).toBe(JSON.stringify(encodeOtlp(t), null, 2));
      const asJaeger: Trace = { ...t, format: 'jaeger-json' };
      expect(printed(asJaeger, 'source')).toBe(JSON.stringify(encodeJaegerJson(asJaeger), null, 2));
      const asZipkin: Trace = { ...t, format: 'zipkin-json' };
      expect(printed(asZipkin, 'source')).toBe(JSON.stringify(encodeZipkinJson(asZipkin), null, 2));
    }
  });
});
