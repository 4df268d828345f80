import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../query-lang/parse';
import { printQuery } from '../../query-lang/print';
import { EMPTY_FORM, formToQuery, queryToForm, type QueryFormFields } from './query-form';

const toText = (form: Partial<QueryFormFields>) => {
  const r = formToQuery({ ...EMPTY_FORM, ...form });
  if (!r.ok) throw new Error(r.error);
  return printQuery(r.query);
};
const toForm = (text: string) => queryToForm(parseQuery(text));

describe('formToQuery', () => {
  it('writes service, operation, each tag, and duration bounds', () => {
    expect(
      toText({
        service: 'checkout',
        operation: 'POST /pay',
        tags: 'http.status_code=500 error=true region="eu west" retry=false code=007',
        minDuration: '100ms',
        maxDuration: '1.5s',
      }),
    ).toBe(
      'service=checkout operation="POST /pay" http.status_code=500 status=error region="eu west" retry=false code="007" duration>=100ms duration<=1.5s',
    );
    expect(toText({})).toBe('');
  });

  it('keeps text that looks like a duration as text, and names colliding keys attr.', () => {
    expect(toText({ tags: 'timeout=5s service=x error=maybe' })).toBe('timeout="5s" attr.service=x attr.error=maybe');
    expect(toText({ minDuration: '250' })).toBe('duration>=250ms');
  });

  it('names the field in trouble', () => {
    expect(formToQuery({ ...EMPTY_FORM, tags: 'oops' })).toMatchObject({ ok: false, field: 'tags' });
    expect(formToQuery({ ...EMPTY_FORM, tags: 'a(b=1' })).toMatchObject({ ok: false, field: 'tags' });
    expect(formToQuery({ ...EMPTY_FORM, minDuration: 'soon' })).toMatchObject({ ok: false, field: 'minDuration' });
    expect(formToQuery({ ...EMPTY_FORM, minDuration: '2s', maxDuration: '1s' })).toMatchObject({
      ok: false,
      field: 'maxDuration',
    });
  });
});

describe('queryToForm', () => {
  it('fills the form from a query it can say exactly, in any order', () => {
    expect(toForm('duration<=2s http.status_code=500 service=api error name="GET /"')).toEqual({
      service: 'api',
      operation: 'GET /',
      tags: 'http.status_code=500 error=true',
      minDuration: '',
      maxDuration: '2s',
    });
    expect(toForm('')).toEqual(EMPTY_FORM);
    expect(toForm('error=false')).toEqual({ ...EMPTY_FORM, tags: 'error=false' });
  });

  it.each([
    'service=a or service=b',
    'service!=a',
    'service=a service=b',
    'http.status_code>=500',
    'duration>1s',
    'span.duration>=1s',
    'kind=client',
    'has(db.statement)',
    'db.statement',
    '"timeout"',
    'a=~x',
    'a="500"',
    'timeout=5s',
    'duration>=1s duration>=2s',
  ])('calls %s too complex for the form', (text) => {
    expect(toForm(text)).toBeNull();
  });

  it('form → query → form gives the form back (canonical forms)', () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9._-]{0,8}$/);
    const value = fc.oneof(word, fc.constantFrom('500', '1.5', 'true', 'false', 'a b', 'x"y', '5s', ''));
    const form = fc.record<QueryFormFields>({
      service: fc.option(fc.oneof(word, fc.constant('GET /x')), { nil: null }),
      operation: fc.option(fc.oneof(word, fc.constant('a "b"')), { nil: null }),
      tags: fc.array(fc.tuple(word, value), { maxLength: 3 }).map((pairs) =>
        pairs
          .map(([k, v]) => `${k}=${/[\s"]/.test(v) || v === '' ? `"${v.replace(/"/g, '\\"')}"` : v}`)
          .join(' '),
      ),
      minDuration: fc.constantFrom('', '1ms', '250us', '1.5s', '2m'),
      maxDuration: fc.constantFrom('', '1h'),
    });
    fc.assert(
      fc.property(form, (f) => {
        const text = toText(f);
        const back = queryToForm(parseQuery(text));
        expect(back).not.toBeNull();
        // The same query again (the form may spell tags differently, e.g. quoting).
        expect(toText(back!)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('query → form → query gives the same conditions for what the form can hold', () => {
    for (const text of ['service=a operation=b x=1 y="two words" error duration>=1ms duration<=2s', 'attr.service=x']) {
      const form = toForm(text)!;
      expect(toText(form)).toBe(printQuery(parseQuery(text)));
    }
  });
});
