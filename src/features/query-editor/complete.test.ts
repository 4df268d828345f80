import { describe, expect, it } from 'vitest';
import { applySuggestion, completionContext, suggest, valueText, type CompletionSources } from './complete';

/** `|` marks the cursor. */
const at = (marked: string) => {
  const cursor = marked.indexOf('|');
  return { text: marked.replace('|', ''), cursor };
};
const ctxOf = (marked: string) => {
  const { text, cursor } = at(marked);
  return completionContext(text, cursor);
};

const sources: CompletionSources = {
  keys: ['http.status_code', 'http.method', 'db.statement', 'service', 'customer.id'],
  valuesFor: (key) => (key === 'service' ? ['checkout', 'cart', 'frontend'] : key === 'http.method' ? ['GET', 'POST'] : []),
};

describe('completionContext', () => {
  it('is a key at the start of a term', () => {
    expect(ctxOf('|')).toEqual({ kind: 'key', prefix: '', range: { start: 0, end: 0 }, inHas: false });
    expect(ctxOf('serv|')).toEqual({ kind: 'key', prefix: 'serv', range: { start: 0, end: 4 }, inHas: false });
    expect(ctxOf('service=a ht|')).toMatchObject({ kind: 'key', prefix: 'ht', range: { start: 10, end: 12 } });
    expect(ctxOf('a=1 and |')).toMatchObject({ kind: 'key', prefix: '' });
    expect(ctxOf('(x=1 or |')).toMatchObject({ kind: 'key', prefix: '' });
  });

  it('is a key inside has(', () => {
    expect(ctxOf('has(db|')).toMatchObject({ kind: 'key', prefix: 'db', inHas: true });
  });

  it('replaces the whole word the cursor is in', () => {
    expect(ctxOf('se|rvice=a')).toMatchObject({ kind: 'key', prefix: 'se', range: { start: 0, end: 7 } });
  });

  it('is a value after key and operator, quoted or not', () => {
    expect(ctxOf('service=|')).toEqual({ kind: 'value', key: 'service', op: '=', prefix: '', range: { start: 8, end: 8 } });
    expect(ctxOf('service=ch|')).toMatchObject({ kind: 'value', key: 'service', prefix: 'ch', range: { start: 8, end: 10 } });
    expect(ctxOf('x=1 http.method != P|')).toMatchObject({ kind: 'value', key: 'http.method', op: '!=', prefix: 'P' });
    expect(ctxOf('operation="GET /|')).toMatchObject({ kind: 'value', key: 'operation', prefix: 'GET /', range: { start: 10, end: 16 } });
  });

  it('is nothing inside a finished string or free text', () => {
    expect(ctxOf('service="a"|')).toBeNull();
    expect(ctxOf('"free te|')).toBeNull();
  });
});

describe('suggest', () => {
  it('offers fields and attribute keys, prefix matches first', () => {
    const labels = suggest(ctxOf('s|')!, sources).map((s) => s.label);
    expect(labels.slice(0, 3)).toEqual(['service', 'span.duration', 'status']);
    expect(labels).toContain('db.statement'); // "s" anywhere
    expect(labels.filter((l) => l === 'service')).toHaveLength(1);
  });

  it('offers attribute keys only inside has(', () => {
    expect(suggest(ctxOf('has(|')!, sources).every((s) => s.kind === 'key')).toBe(true);
  });

  it('offers the values of the key: from the source, and built in', () => {
    expect(suggest(ctxOf('service=c|')!, sources).map((s) => s.label)).toEqual(['checkout', 'cart']);
    expect(suggest(ctxOf('status=|')!, sources).map((s) => s.label)).toEqual(['unset', 'ok', 'error']);
    expect(suggest(ctxOf('kind!=cl|')!, sources).map((s) => s.label)).toEqual(['client']);
    expect(suggest(ctxOf('error=|')!, sources).map((s) => s.label)).toEqual(['true', 'false']);
  });

  it('does not offer what is typed already', () => {
    expect(suggest(ctxOf('service=cart|')!, sources).map((s) => s.label)).toEqual([]);
  });
});

describe('applySuggestion', () => {
  const apply = (marked: string, label: string, kind: 'field' | 'key' | 'value' = 'key') => {
    const { text, cursor } = at(marked);
    const ctx = completionContext(text, cursor)!;
    const r = applySuggestion(text, ctx, { label, kind, detail: '' });
    return r.text.slice(0, r.cursor) + '|' + r.text.slice(r.cursor);
  };

  it('a key gets its operator unless one follows', () => {
    expect(apply('ser|', 'service', 'field')).toBe('service=|');
    expect(apply('dur|', 'duration', 'field')).toBe('duration>=|');
    expect(apply('se|=a', 'service', 'field')).toBe('service|=a');
    expect(apply('has(db|', 'db.statement')).toBe('has(db.statement)|');
  });

  it('a value is quoted when it must be, and spaced for the next term at the end', () => {
    expect(apply('service=c|', 'checkout', 'value')).toBe('service=checkout |');
    expect(apply('operation=|', 'GET /api', 'value')).toBe('operation="GET /api" |');
    expect(apply('service=c| x=1', 'cart', 'value')).toBe('service=cart| x=1');
    expect(apply('operation="GE|', 'GET /', 'value')).toBe('operation="GET /" |');
  });

  it('quotes what would not read back', () => {
    expect(valueText('and')).toBe('"and"');
    expect(valueText('a"b')).toBe('"a\\"b"');
    expect(valueText('500')).toBe('500');
  });
});
