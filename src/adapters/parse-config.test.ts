import { describe, expect, it } from 'vitest';
import { ConfigError } from './config';
import { parseAppConfig } from './parse-config';

function fieldOf(json: unknown): { field: string; message: string } {
  try {
    parseAppConfig(json);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return { field: (e as ConfigError).field, message: (e as Error).message };
  }
  throw new Error('expected a ConfigError');
}

const demo = { id: 'demo', name: 'Demo', type: 'demo' };

describe('parseAppConfig', () => {
  it('reads the shipped config and fills defaults', () => {
    expect(parseAppConfig({ sources: [demo], defaultSource: 'demo', linkTemplates: [], routing: 'history' })).toEqual({
      sources: [{ id: 'demo', name: 'Demo', type: 'demo', url: '', headers: {}, timeoutMs: 30000 }],
      defaultSource: 'demo',
      linkTemplates: [],
      routing: 'history',
    });
  });

  it('defaults name to id, defaultSource to the first source, routing to history', () => {
    const c = parseAppConfig({
      sources: [
        { id: 'tempo', type: 'tempo', url: 'backends/tempo', tenant: 'team-a', headers: { Authorization: 'Bearer x' }, timeoutMs: 60000 },
        demo,
      ],
    });
    expect(c.sources[0]).toEqual({
      id: 'tempo',
      name: 'tempo',
      type: 'tempo',
      url: 'backends/tempo',
      headers: { Authorization: 'Bearer x' },
      tenant: 'team-a',
      timeoutMs: 60000,
    });
    expect(c.defaultSource).toBe('tempo');
    expect(c.routing).toBe('history');
    expect(parseAppConfig({ sources: [demo], routing: 'hash' }).routing).toBe('hash');
  });

  it('names the exact field that is wrong', () => {
    expect(fieldOf(null).field).toBe('(root)');
    expect(fieldOf({}).field).toBe('sources');
    expect(fieldOf({ sources: [] }).field).toBe('sources');
    expect(fieldOf({ sources: [demo, 'x'] }).field).toBe('sources[1]');
    const t = fieldOf({ sources: [demo, { id: 'j', type: 'jaegr', url: 'http://x' }] });
    expect(t.field).toBe('sources[1].type');
    expect(t.message).toBe('config.json: sources[1].type: expected one of jaeger, tempo, zipkin, demo, got "jaegr"');
    expect(fieldOf({ sources: [{ type: 'demo' }] }).field).toBe('sources[0].id');
    expect(fieldOf({ sources: [{ id: 'a b', type: 'demo' }] }).field).toBe('sources[0].id');
    expect(fieldOf({ sources: [{ id: 'a', type: 'demo', name: 3 }] }).field).toBe('sources[0].name');
    expect(fieldOf({ sources: [demo], routing: 'hashbang' }).field).toBe('routing');
  });

  it('requires a url for backends, http(s) or relative', () => {
    expect(fieldOf({ sources: [{ id: 'j', type: 'jaeger' }] }).field).toBe('sources[0].url');
    expect(fieldOf({ sources: [{ id: 'j', type: 'jaeger', url: 'javascript:alert(1)' }] }).field).toBe('sources[0].url');
    expect(fieldOf({ sources: [{ id: 'j', type: 'jaeger', url: '//host/api' }] }).field).toBe('sources[0].url');
    for (const url of ['http://127.0.0.1:16686', 'https://j.example.com/jaeger', 'backends/jaeger', '/jaeger']) {
      expect(parseAppConfig({ sources: [{ id: 'j', type: 'jaeger', url }] }).sources[0]!.url).toBe(url);
    }
  });

  it('rejects duplicate ids and an unknown default source', () => {
    const dup = fieldOf({ sources: [demo, { ...demo, name: 'Again' }] });
    expect(dup.field).toBe('sources[1].id');
    expect(dup.message).toContain('also sources[0].id');
    const d = fieldOf({ sources: [demo], defaultSource: 'jaeger' });
    expect(d.field).toBe('defaultSource');
    expect(d.message).toContain('(demo)');
  });

  it('checks headers, tenant and timeout', () => {
    expect(fieldOf({ sources: [{ ...demo, headers: { 'Bad Name': 'x' } }] }).field).toBe('sources[0].headers.Bad Name');
    expect(fieldOf({ sources: [{ ...demo, headers: { 'X-A': 1 } }] }).field).toBe('sources[0].headers.X-A');
    expect(fieldOf({ sources: [{ ...demo, headers: { 'X-A': 'a\r\nX-B: b' } }] }).field).toBe('sources[0].headers.X-A');
    expect(fieldOf({ sources: [{ ...demo, headers: [] }] }).field).toBe('sources[0].headers');
    expect(fieldOf({ sources: [{ id: 'j', type: 'jaeger', url: 'x', tenant: 't' }] }).field).toBe('sources[0].tenant');
    expect(fieldOf({ sources: [{ ...demo, timeoutMs: 0 }] }).field).toBe('sources[0].timeoutMs');
    expect(fieldOf({ sources: [{ ...demo, timeoutMs: '30s' }] }).field).toBe('sources[0].timeoutMs');
  });

  it('reads link templates: http(s) only, known placeholders, scope inferred', () => {
    const c = parseAppConfig({
      sources: [demo],
      linkTemplates: [
        { name: 'Logs', url: 'https://logs.example.com/search?trace={traceId}' },
        { name: 'Pod', url: 'https://k8s.example.com/{attr:k8s.pod.name}?svc={service}&span={spanId}' },
        { name: 'Explicit', url: 'http://x/{traceId}', scope: 'span' },
      ],
    });
    expect(c.linkTemplates.map((l) => l.scope)).toEqual(['trace', 'span', 'span']);
    expect(fieldOf({ sources: [demo], linkTemplates: [{ name: 'x', url: 'javascript:{traceId}' }] }).field).toBe('linkTemplates[0].url');
    expect(fieldOf({ sources: [demo], linkTemplates: [{ name: 'x', url: 'logs/{traceId}' }] }).field).toBe('linkTemplates[0].url');
    const p = fieldOf({ sources: [demo], linkTemplates: [{ name: 'x', url: 'https://x/{trace}' }] });
    expect(p.field).toBe('linkTemplates[0].url');
    expect(p.message).toContain('{trace}');
    expect(fieldOf({ sources: [demo], linkTemplates: [{ url: 'https://x' }] }).field).toBe('linkTemplates[0].name');
    expect(fieldOf({ sources: [demo], linkTemplates: [{ name: 'x', url: 'https://x', scope: 'page' }] }).field).toBe('linkTemplates[0].scope');
    expect(fieldOf({ sources: [demo], linkTemplates: {} }).field).toBe('linkTemplates');
  });

  it('never throws anything but ConfigError on junk', () => {
    for (const junk of [1, 'x', [], { sources: {} }, { sources: [null] }, { sources: [demo], defaultSource: 5 }]) {
      expect(() => parseAppConfig(junk)).toThrow(ConfigError);
    }
  });
});
