import { describe, expect, it } from 'vitest';
import { makeTrace } from '../../model/analyses/test-trace';
import { traceFromText, traceToText } from './trace-transport';

describe('trace transport (worker → page)', () => {
  const trace = makeTrace([
    { start: 0, duration: 100, service: 'api', attributes: { a: 1, b: 'x' }, resource: { host: 'h1' }, events: [5] },
    { parent: 0, start: 10, duration: 40, service: 'db', status: 'error', resource: { host: 'h2' } },
    { parent: 0, start: 20, duration: 50, service: 'db', resource: { host: 'h2' } },
  ]);

  it('round-trips the trace, with its uid index', () => {
    const back = traceFromText(traceToText(trace));
    expect(back).toEqual(trace);
    expect([...back.byUid]).toEqual([...trace.byUid]);
  });

  it('sends a shared resource list once and shares it again on arrival', () => {
    const shared = [{ key: 'host', value: { type: 'string', value: 'h' } }] as const;
    const t = { ...trace, spans: trace.spans.map((s) => ({ ...s, resource: shared })) };
    const text = traceToText(t);
    expect(text.split('"host"').length - 1).toBe(1);
    const back = traceFromText(text);
    expect(back.spans[0]!.resource).toBe(back.spans[2]!.resource);
  });
});
