import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import { buildTrace } from '../../model/build-trace';
import type { SpanInput } from '../../model/span-input';
import type { SearchQuery } from '../../model/search-types';
import { isSourceError } from '../source-error';
import { createFileAdapter } from './file-adapter';

const span = (traceId: string, spanId: string, parent: string | null, service: string, name: string, start: number, dur: number, tags: Record<string, string> = {}): SpanInput => ({
  traceId,
  spanId,
  parentSpanId: parent,
  name,
  service,
  kind: 'server',
  startUs: micros(start),
  durationUs: micros(dur),
  status: { code: 'unset' },
  attributes: Object.entries(tags).map(([key, value]) => ({ key, value: { type: 'string', value } })),
  resource: [],
  scope: null,
  events: [],
  links: [],
  warnings: [],
  extras: {},
});

const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const traces = [
  buildTrace(A, [span(A, '1'.repeat(16), null, 'web', 'GET /', 1_000, 300_000), span(A, '2'.repeat(16), '1'.repeat(16), 'db', 'SELECT', 2_000, 100_000, { 'db.system': 'postgres' })], 'otlp-json'),
  buildTrace(B, [span(B, '3'.repeat(16), null, 'web', 'POST /pay', 5_000, 20_000)], 'otlp-json'),
];
const adapter = createFileAdapter('two.json', traces);
const query = (patch: Partial<SearchQuery> = {}): SearchQuery => ({ tags: [], startUs: micros(0), endUs: micros(1), limit: 20, ...patch });
const ids = async (q: SearchQuery) => (await adapter.search(q)).summaries.map((s) => s.traceId);

describe('createFileAdapter', () => {
  it('is the source file:<name>', () => {
    expect(adapter.config.id).toBe('file:two.json');
  });

  it('lists services and operations', async () => {
    expect(await adapter.services()).toEqual(['db', 'web']);
    expect(await adapter.operations('web')).toEqual([{ name: 'GET /' }, { name: 'POST /pay' }]);
  });

  it('searches every trace whatever the time range, and says so', async () => {
    const result = await adapter.search(query());
    expect(result.summaries.map((s) => s.traceId).sort()).toEqual([A, B]);
    expect(result.summaries.every((s) => s.trace)).toBe(true);
    expect(result.notes.join(' ')).toContain('time range is ignored');
  });

  it('filters by service, operation, attribute and duration', async () => {
    expect(await ids(query({ service: 'db' }))).toEqual([A]);
    expect(await ids(query({ service: 'web', operation: 'POST /pay' }))).toEqual([B]);
    expect(await ids(query({ tags: [['db.system', 'postgres']] }))).toEqual([A]);
    expect(await ids(query({ tags: [['db.system', 'mysql']] }))).toEqual([]);
    expect(await ids(query({ minDurationUs: micros(100_000) }))).toEqual([A]);
    expect(await ids(query({ maxDurationUs: micros(100_000) }))).toEqual([B]);
  });

  it('applies the limit and says how many matched', async () => {
    const result = await adapter.search(query({ limit: 1 }));
    expect(result.summaries).toHaveLength(1);
    expect(result.notes.join(' ')).toContain('1 of 2');
  });

  it('opens a trace by id, any case; a missing one is not-found', async () => {
    expect((await adapter.trace(A.toUpperCase())).traceId).toBe(A);
    const error = await adapter.trace('c'.repeat(32)).catch((e: unknown) => e);
    expect(isSourceError(error) && error.kind).toBe('not-found');
  });
});
