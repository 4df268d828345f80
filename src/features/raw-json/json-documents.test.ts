import { describe, expect, it } from 'vitest';
import { makeTrace } from '../../model/analyses/test-trace';
import { jsonPieces } from '../../lib/json-pieces';
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
});
