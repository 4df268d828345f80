import { describe, expect, it } from 'vitest';
import { attr, attrText, isErrorSpan } from './attributes';
import type { Attribute, AttributeValue } from './types';

const str = (value: string): AttributeValue => ({ type: 'string', value });

describe('attr', () => {
  it('finds the first attribute by key on a list or a span', () => {
    const list: Attribute[] = [
      { key: 'a', value: str('1') },
      { key: 'a', value: str('2') },
    ];
    expect(attr(list, 'a')).toEqual(str('1'));
    expect(attr({ attributes: list }, 'a')).toEqual(str('1'));
    expect(attr(list, 'b')).toBeUndefined();
  });
});

describe('attrText', () => {
  it('renders scalars plainly', () => {
    expect(attrText(str('<b>hi</b>'))).toBe('<b>hi</b>');
    expect(attrText({ type: 'int', value: '9223372036854775807' })).toBe('9223372036854775807');
    expect(attrText({ type: 'bool', value: false })).toBe('false');
    expect(attrText({ type: 'double', value: 1.5 })).toBe('1.5');
    expect(attrText(undefined)).toBe('');
  });

  it('renders nested arrays and maps', () => {
    const v: AttributeValue = {
      type: 'map',
      value: [
        { key: 'list', value: { type: 'array', value: [str('x'), { type: 'int', value: 2 }, { type: 'array', value: [] }] } },
        { key: 'ok', value: { type: 'bool', value: true } },
      ],
    };
    expect(attrText(v)).toBe('{list: ["x", 2, []], ok: true}');
  });

  it('handles very deep nesting without recursion', () => {
    let v: AttributeValue = str('leaf');
    for (let i = 0; i < 20_000; i++) v = { type: 'array', value: [v] };
    const text = attrText(v);
    expect(text.length).toBe(40_000 + '"leaf"'.length);
  });
});

describe('isErrorSpan', () => {
  const span = (code: 'unset' | 'ok' | 'error', attributes: Attribute[] = []) => ({ status: { code }, attributes });
  it('reads OTLP status', () => {
    expect(isErrorSpan(span('error'))).toBe(true);
    expect(isErrorSpan(span('ok'))).toBe(false);
  });
  it('reads Jaeger and Zipkin error tags', () => {
    expect(isErrorSpan(span('unset', [{ key: 'error', value: { type: 'bool', value: true } }]))).toBe(true);
    expect(isErrorSpan(span('unset', [{ key: 'error', value: { type: 'bool', value: false } }]))).toBe(false);
    expect(isErrorSpan(span('unset', [{ key: 'error', value: str('true') }]))).toBe(true);
    expect(isErrorSpan(span('unset', [{ key: 'error', value: str('false') }]))).toBe(false);
    expect(isErrorSpan(span('unset', [{ key: 'error', value: str('') }]))).toBe(true);
    expect(isErrorSpan(span('unset', [{ key: 'error', value: str('401') }]))).toBe(true);
    expect(isErrorSpan(span('unset', [{ key: 'other', value: str('x') }]))).toBe(false);
  });
});
