import { describe, expect, it } from 'vitest';
import { AttributeInterner } from './attribute-interner';

describe('AttributeInterner', () => {
  it('hands out one object for equal string attributes and another for a different key or value', () => {
    const interner = new AttributeInterner();
    const a = interner.string('http.method', 'GET');
    expect(a).toEqual({ key: 'http.method', value: { type: 'string', value: 'GET' } });
    expect(interner.string('http.method', 'GET')).toBe(a);
    expect(interner.string('http.method', 'POST')).not.toBe(a);
    expect(interner.string('verb', 'GET')).not.toBe(a);
  });

  it('keeps integers apart from strings that read the same, and big integers kept as text', () => {
    const interner = new AttributeInterner();
    const n = interner.int('code', 200);
    expect(interner.int('code', 200)).toBe(n);
    expect(interner.string('code', '200')).not.toBe(n);
    expect(interner.string('code', '200').value).toEqual({ type: 'string', value: '200' });
    const big = interner.int('id', '18446744073709551615');
    expect(interner.int('id', '18446744073709551615')).toBe(big);
    expect(big.value).toEqual({ type: 'int', value: '18446744073709551615' });
  });

  it('takes any value: strings and integers shared, other types made afresh', () => {
    const interner = new AttributeInterner();
    expect(interner.attribute('m', { type: 'string', value: 'GET' })).toBe(interner.string('m', 'GET'));
    expect(interner.attribute('c', { type: 'int', value: 200 })).toBe(interner.int('c', 200));
    const flag = interner.attribute('f', { type: 'bool', value: true });
    expect(flag).toEqual({ key: 'f', value: { type: 'bool', value: true } });
    expect(interner.attribute('f', { type: 'bool', value: true })).not.toBe(flag);
  });

  it('keeps the sign of a zero (a Map takes 0 and -0 for one key)', () => {
    const interner = new AttributeInterner();
    const minus = interner.int('n', -0);
    const plus = interner.int('n', 0);
    expect(Object.is(minus.value.value, -0)).toBe(true);
    expect(Object.is(plus.value.value, 0)).toBe(true);
    expect(Object.is(interner.int('n', -0).value.value, -0)).toBe(true);
  });

  it('stops remembering a key whose values keep changing, but still answers correctly', () => {
    const interner = new AttributeInterner();
    const first = interner.string('url.path', '/0');
    for (let i = 1; i < 1000; i++) expect(interner.string('url.path', `/${i}`).value).toEqual({ type: 'string', value: `/${i}` });
    // Past the limit the key is not remembered at all: a new object, equal by value.
    const again = interner.string('url.path', '/0');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    // Other keys are unaffected.
    expect(interner.string('component', 'http')).toBe(interner.string('component', 'http'));
  });

  it('does not remember long strings', () => {
    const interner = new AttributeInterner();
    const long = 'x'.repeat(500);
    const a = interner.string('sql', long);
    expect(a.value).toEqual({ type: 'string', value: long });
    expect(interner.string('sql', long)).not.toBe(a);
  });
});
