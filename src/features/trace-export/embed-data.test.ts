// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_ELEMENT_ID, embedTraceData, jsonForScript, readEmbeddedTrace, type EmbeddedTrace } from './embed-data';

const VIEWER = `<!doctype html><html><head><script type="module">const tag = '<script type="application/json" id="${DATA_ELEMENT_ID}">';</script></head>
<body><div id="root"></div><script type="application/json" id="${DATA_ELEMENT_ID}"></script></body></html>`;

const data = (otlp: unknown): EmbeddedTrace => ({
  tracescope: 1,
  traceId: 'ab'.repeat(16),
  sourceName: 'Demo',
  exportedAt: '2026-01-01T00:00:00.000Z',
  view: 'span=00000000000000aa',
  otlp,
});

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('embedTraceData', () => {
  it('fills the last data element, not the mention of it in the inlined code', () => {
    const html = embedTraceData(VIEWER, data({ resourceSpans: [] }));
    expect(html.startsWith(VIEWER.slice(0, VIEWER.indexOf('<body>')))).toBe(true);
    expect(readEmbeddedTrace(parse(html))).toEqual(data({ resourceSpans: [] }));
  });

  it('replaces the trace of a page that already holds one (saving a saved file again)', () => {
    const once = embedTraceData(VIEWER, data({ first: true }));
    const twice = embedTraceData(once, data({ second: true }));
    expect(readEmbeddedTrace(parse(twice))?.otlp).toEqual({ second: true });
    expect(twice.split(`id="${DATA_ELEMENT_ID}"`)).toHaveLength(3);
  });

  it('keeps any string in the data as data: no markup can end the element or add one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('</script>', '</SCRIPT >', '<!--', '<script>', '\u2028', '</body>', ']]>')), { maxLength: 6 }),
        (parts) => {
          const text = parts.join('');
          const html = embedTraceData(VIEWER, data({ text }));
          const doc = parse(html);
          expect(doc.querySelectorAll('script')).toHaveLength(2);
          expect(readEmbeddedTrace(doc)?.otlp).toEqual({ text });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes < as \\u003c so the JSON has no tag-like text at all', () => {
    expect(jsonForScript({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
  });

  it('says what is wrong with a page that is not the viewer', () => {
    expect(() => embedTraceData('<html></html>', data({}))).toThrow(/no <script id="tracescope-data">/);
  });
});

describe('readEmbeddedTrace', () => {
  it('is null for the bare viewer page and explains data of another kind', () => {
    expect(readEmbeddedTrace(parse(VIEWER))).toBeNull();
    const other = VIEWER.replace('></script></body>', '>{"hello": 1}</script></body>');
    expect(() => readEmbeddedTrace(parse(other))).toThrow(/not in a format this viewer reads/);
  });
});
