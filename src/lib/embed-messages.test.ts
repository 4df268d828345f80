import { describe, expect, it } from 'vitest';
import { httpOrigin, parentOrigins, parseIncoming } from './embed-messages';

describe('parseIncoming', () => {
  it('accepts select-span with a span id or a uid', () => {
    expect(parseIncoming({ type: 'tracescope:select-span', spanId: 'ABC' })).toEqual({
      type: 'tracescope:select-span',
      uid: '0000000000000abc',
    });
    expect(parseIncoming({ type: 'tracescope:select-span', uid: '00000000000000ab~2', extra: 1 })).toEqual({
      type: 'tracescope:select-span',
      uid: '00000000000000ab~2',
    });
  });
  it('refuses everything else', () => {
    for (const data of [
      null,
      'tracescope:select-span',
      ['tracescope:select-span'],
      { type: 'tracescope:ready' },
      { type: 'tracescope:select-span' },
      { type: 'tracescope:select-span', spanId: 42 },
      { type: 'tracescope:select-span', spanId: '<img src=x>' },
      { type: 'tracescope:select-span', spanId: 'a'.repeat(17) },
      { type: 'tracescope:select-span', uid: 'javascript:alert(1)' },
      { type: 'tracescope:navigate', url: 'https://evil.example' },
    ]) {
      expect(parseIncoming(data)).toBeNull();
    }
  });
});

describe('parentOrigins', () => {
  it('prefers the pinned origin, then the referrer, then the ancestor', () => {
    expect(parentOrigins('https://a.example/x', 'https://b.example/page', null)).toEqual({
      target: 'https://a.example',
      accept: 'https://a.example',
    });
    expect(parentOrigins(null, 'https://b.example:8443/page?q', 'https://c.example')).toEqual({
      target: 'https://b.example:8443',
      accept: 'https://b.example:8443',
    });
    expect(parentOrigins(null, '', 'http://c.example')).toEqual({ target: 'http://c.example', accept: 'http://c.example' });
  });
  it("posts to '*' but accepts nothing when the parent is unknown", () => {
    expect(parentOrigins(null, '', null)).toEqual({ target: '*', accept: null });
    expect(parentOrigins('javascript:alert(1)', 'about:blank', null)).toEqual({ target: '*', accept: null });
  });
  it('reads only http(s) origins', () => {
    expect(httpOrigin('file:///x.html')).toBeNull();
    expect(httpOrigin('not a url')).toBeNull();
  });
});
