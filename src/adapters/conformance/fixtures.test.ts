import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../model/span-input';
import { decodeFile } from '../file/decode-file';
import { inspectReport } from '../file/inspect-report';
import { dumpTraces } from './dump-trace';
import { EXPECTED, NOT_TRACES, README_EXCEPTIONS } from './expected-figures';
import { FIXTURES_MISSING_MESSAGE, FIXTURES_PRESENT, fixtureText, listFixtureFiles } from './fixture-files';
import { readmeCounts } from './readme-counts';

const isSpec = (file: string) => /\.(proto|yaml)$/.test(file) || file === 'README.md';

/** `jaeger-ui/spansAmongEachOther.json` → `jaeger-ui-spans-among-each-other.txt` (kebab-case, as lint wants). */
function snapshotName(file: string): string {
  const base = file.replace(/\.json(\.txt)?$/, '');
  const kebab = base
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `./snapshots/${kebab}.txt`;
}

if (!FIXTURES_PRESENT) {
  describe.skip(`fixture conformance: ${FIXTURES_MISSING_MESSAGE}`, () => {
    it('needs ../shared/fixtures', () => {});
  });
} else {
  const files = listFixtureFiles();
  const payloads = files.filter((f) => !isSpec(f));

  describe('fixture conformance: every file is accounted for', () => {
    it('has figures (or a non-trace verdict) for every payload in ../shared/fixtures', () => {
      const unknown = payloads.filter((f) => !(f in EXPECTED) && !(f in NOT_TRACES));
      expect(unknown, 'new fixture files need expected figures').toEqual([]);
      const stale = [...Object.keys(EXPECTED), ...Object.keys(NOT_TRACES)].filter((f) => !files.includes(f));
      expect(stale, 'expected figures for files that no longer exist').toEqual([]);
    });
  });

  describe.each(Object.keys(EXPECTED).filter((f) => files.includes(f)))('fixture %s', (file) => {
    const text = fixtureText(file)!;
    const decoded = decodeFile(text, file);
    const report = inspectReport(decoded);

    it('decodes to the established figures', () => {
      expect(report).toEqual(EXPECTED[file]);
    });

    it('agrees with the counts the fixtures README computed independently', () => {
      const readme = readmeCounts(file);
      expect(readme, 'README row').toBeDefined();
      const exception = README_EXCEPTIONS[file];
      const ours = {
        spans: report.traces.reduce((n, t) => n + t.spanCount, 0),
        services: new Set(report.traces.flatMap((t) => t.services).filter((s) => s !== 'unknown_service')).size,
        // The README counts spans without a parent id as roots and spans whose parent is
        // absent separately; the model shows both as roots (the latter with an 'orphan' warning).
        roots: report.traces.reduce((n, t) => n + t.rootCount, 0),
        errors: report.traces.reduce((n, t) => n + t.errorCount, 0),
        traceIds: report.traces.length,
      };
      const theirs = {
        spans: readme!.spans,
        services: readme!.services,
        roots: readme!.roots + readme!.parentMissing,
        errors: readme!.errors,
        traceIds: readme!.traceIds,
        ...exception?.expected,
      };
      expect(ours).toEqual(theirs);
    });

    it('keeps every span in a consistent tree', () => {
      for (const trace of decoded.traces) {
        trace.spans.forEach((span, i) => {
          expect(span.index).toBe(i);
          expect(span.traceId).toBe(trace.traceId);
          expect(span.traceId).toMatch(/^[0-9a-f]{32}$/);
          expect(span.spanId).toMatch(/^[0-9a-f]{16}$/);
          expect(span.parentIndex).toBeLessThan(i);
          expect(span.subtreeEnd).toBeGreaterThan(i);
        });
      }
    });

    it('matches its readable snapshot', async () => {
      await expect(dumpTraces(decoded.traces)).toMatchFileSnapshot(snapshotName(file));
    });
  });

  describe.each(Object.keys(NOT_TRACES).filter((f) => files.includes(f)))('non-trace fixture %s', (file) => {
    it('is refused with a message that says what the file is', () => {
      let error: unknown;
      try {
        decodeFile(fixtureText(file)!, file);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).message).toBe(`${file}: this is ${NOT_TRACES[file]}, not a trace`);
    });
  });
}
