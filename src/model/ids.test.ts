import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeParentSpanId, normalizeSpanId, normalizeTraceId } from './ids';

describe('normalizeTraceId', () => {
  it('lower-cases and left-pads hex', () => {
    expect(normalizeTraceId('5B8EFFF798038103D269B633813FC60C')).toBe('5b8efff798038103d269b633813fc60c');
    expect(normalizeTraceId('abc')).toBe('00000000000000000000000000000abc');
    // Tempo search strips leading zeros: 31 chars.
    expect(normalizeTraceId('1ae46a0fb7fbc84b4f8fd5e1d1cd54f')).toBe('01ae46a0fb7fbc84b4f8fd5e1d1cd54f');
    expect(normalizeTraceId(' 00ff ')).toBe('000000000000000000000000000000ff');
  });

  it('converts base64 of 16 and 8 bytes', () => {
    // Tempo vulture: base64 of the 16 raw bytes.
    expect(normalizeTraceId('AAAAAAAAAABguiq7RPE+rg==')).toBe('000000000000000060ba2abb44f13eae');
    expect(normalizeTraceId('AAAAAAAAAABguiq7RPE-rg')).toBe('000000000000000060ba2abb44f13eae');
    expect(normalizeTraceId('YLoqu0TxPq4=')).toBe('000000000000000060ba2abb44f13eae');
  });

  it('rejects junk', () => {
    for (const junk of ['', '   ', 'xyz', 'a'.repeat(33), 'AAAAg', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAA====', '12 34']) {
      expect(normalizeTraceId(junk)).toBeNull();
    }
    expect(normalizeTraceId(42 as unknown as string)).toBeNull();
  });
});

describe('normalizeSpanId', () => {
  it('accepts hex up to 16 chars and base64 of 8 bytes', () => {
    expect(normalizeSpanId('EEE19B7EC3C1B174')).toBe('eee19b7ec3c1b174');
    expect(normalizeSpanId('1')).toBe('0000000000000001');
    expect(normalizeSpanId('YLoqu0TxPq4=')).toBe('60ba2abb44f13eae');
    expect(normalizeSpanId('AAAAAAAAAAA=')).toBe('0000000000000000');
  });

  it('drops excess leading zeros only', () => {
    expect(normalizeSpanId('0000000000000000EEE19B7EC3C1B174')).toBe('eee19b7ec3c1b174');
    expect(normalizeSpanId('1000000000000000EEE19B7EC3C1B174')).toBeNull();
  });

  it('rejects 16-byte and odd ids', () => {
    expect(normalizeSpanId('AAAAAAAAAABguiq7RPE+rg==')).toBeNull();
    expect(normalizeSpanId('1123456789abcdef0')).toBeNull();
    expect(normalizeSpanId('spanId')).toBeNull();
  });
});

describe('normalizeParentSpanId', () => {
  it('treats absent, empty and all-zero as no parent', () => {
    expect(normalizeParentSpanId(undefined)).toEqual({ ok: true, id: null });
    expect(normalizeParentSpanId('')).toEqual({ ok: true, id: null });
    expect(normalizeParentSpanId('AAAAAAAAAAA=')).toEqual({ ok: true, id: null });
    expect(normalizeParentSpanId('0000000000000000')).toEqual({ ok: true, id: null });
    expect(normalizeParentSpanId('ABC')).toEqual({ ok: true, id: '0000000000000abc' });
  });

  it('flags junk', () => {
    expect(normalizeParentSpanId('not an id')).toEqual({ ok: false });
    expect(normalizeParentSpanId(12)).toEqual({ ok: false });
  });
});

describe('hex and base64 agree', () => {
  const hexOf = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  const base64Of = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

  it('for any 16-byte trace id and 8-byte span id, in any case and padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.uint8Array({ minLength: 8, maxLength: 8 }), (t, s) => {
        const traceHex = hexOf(t);
        const spanHex = hexOf(s);
        expect(normalizeTraceId(base64Of(t))).toBe(traceHex);
        expect(normalizeTraceId(base64Of(t).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'))).toBe(traceHex);
        expect(normalizeTraceId(traceHex.toUpperCase())).toBe(traceHex);
        expect(normalizeTraceId(base64Of(s))).toBe(spanHex.padStart(32, '0'));
        expect(normalizeSpanId(base64Of(s))).toBe(spanHex);
        expect(normalizeSpanId(spanHex.replace(/^0+/, '') || '0')).toBe(spanHex);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the already-normalized shortcut', () => {
  // A leading space skips the shortcut (trim then takes the general steps): both must agree.
  const idLike = fc.oneof(
    fc.stringMatching(/^[0-9a-f]{16}$/),
    fc.stringMatching(/^[0-9a-f]{32}$/),
    fc.stringMatching(/^[0-9a-fA-FgG=+/_-]{10,34}$/),
    fc.string({ maxLength: 34 }),
    // Almost normalized: one character off.
    fc
      .tuple(fc.constantFrom(16, 32), fc.nat(31), fc.string({ minLength: 1, maxLength: 1 }), fc.stringMatching(/^[0-9a-f]{32}$/))
      .map(([n, i, c, h]) => `${h.slice(0, i % n)}${c}${h.slice((i % n) + 1, n)}`),
  );

  it('gives what the general steps give, for any string', () => {
    fc.assert(
      fc.property(idLike, (s) => {
        expect(normalizeTraceId(s)).toBe(normalizeTraceId(` ${s}`));
        expect(normalizeSpanId(s)).toBe(normalizeSpanId(` ${s}`));
      }),
      { numRuns: 5000 },
    );
  });
});
