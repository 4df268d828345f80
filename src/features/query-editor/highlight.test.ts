import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';

const classes = (text: string) =>
  highlight(text)
    .filter((s) => s.cls !== null)
    .map((s) => `${text.slice(s.start, s.end)}:${s.cls}`);

describe('highlight', () => {
  it('colors fields, keys, operators, values by kind, connectives and functions', () => {
    expect(classes('service=checkout and (http.status_code>=500 or has(db.x)) duration>1.5s "boom" error')).toEqual([
      'service:field',
      '=:op',
      'checkout:value',
      'and:keyword',
      '(:paren',
      'http.status_code:key',
      '>=:op',
      '500:number',
      'or:keyword',
      'has:fn',
      '(:paren',
      'db.x:key',
      '):paren',
      '):paren',
      'duration:field',
      '>:op',
      '1.5s:number',
      '"boom":string',
      'error:field',
    ]);
  });

  it('covers every character, keeping on after what does not lex', () => {
    for (const text of ['a=1 ^ b=2', 'name="open', 'x & y', '', '   ', 'a=~"[" ) (']) {
      const segs = highlight(text);
      expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
      for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
    }
    expect(classes('a=1 & b=2')).toEqual(['a:key', '=:op', '1:number', '&:bad', 'b:key', '=:op', '2:number']);
    expect(classes('name="open')).toEqual(['name:field', '=:op', '"open:string']);
  });
});
