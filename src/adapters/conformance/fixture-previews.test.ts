// Every real payload that holds one trace, previewed as if it were big (any size): the
// preview's rows must be the full model's first rows, whichever format and however odd the
// data. Covers the previews of Jaeger (both APIs), Tempo, Zipkin and files at once.
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../file/decode-file';
import { previewFile } from '../file/preview-file';
import { EXPECTED } from './expected-figures';
import { FIXTURES_MISSING_MESSAGE, FIXTURES_PRESENT, fixtureText, listFixtureFiles } from './fixture-files';

if (!FIXTURES_PRESENT) {
  describe.skip(`fixture previews: ${FIXTURES_MISSING_MESSAGE}`, () => {
    it('needs ../shared/fixtures', () => {});
  });
} else {
  const files = listFixtureFiles().filter((f) => f in EXPECTED);
  const previewed: string[] = [];

  describe.each(files)('fixture %s', (file) => {
    it('previews, if at all, exactly the full model’s first rows', () => {
      const text = fixtureText(file)!;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return; // JSON Lines: opened whole, never previewed
      }
      const found = previewFile(json, 30, 0);
      if (found === undefined) return;
      const full = decodeFile(text, file).traces.find((t) => t.traceId === found.traceId)!;
      expect(found.previewed.preview.rows).toEqual(full.spans.slice(0, 30));
      expect(found.previewed.preview.spanCount).toBe(full.spans.length);
      previewed.push(file);
    });
  });

  describe('fixture previews', () => {
    it('cover every format', () => {
      expect(previewed.some((f) => f.startsWith('jaeger/'))).toBe(true);
      expect(previewed.some((f) => f.startsWith('zipkin/'))).toBe(true);
      expect(previewed.some((f) => f.startsWith('otlp/') || f.startsWith('tempo/'))).toBe(true);
    });
  });
}
