import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs without types
import { countJourneys, reportOutcomes } from './lib/journeys.mjs';

// The shape of Playwright's JSON reporter output: suites (nested) → specs → tests per project.
const test = (projectName: string, status: string, extra: Record<string, unknown> = {}) => ({
  projectName,
  status,
  annotations: [],
  results: [{ status: status === 'unexpected' ? 'failed' : 'passed' }],
  ...extra,
});
const report = {
  suites: [
    {
      title: 'journeys.spec.ts',
      specs: [
        { title: 'search by service', tests: [test('jaeger', 'expected'), test('tempo', 'expected'), test('zipkin', 'skipped', { annotations: [{ type: 'skip', description: 'zipkin is not a source' }] })] },
      ],
      suites: [
        {
          title: 'nested',
          specs: [
            {
              title: 'open a trace',
              tests: [
                test('jaeger', 'unexpected', { results: [{ status: 'failed', error: { message: '\u001b[31mexpected 16 spans\u001b[39m\nmore' } }] }),
                test('tempo', 'flaky'),
                test('zipkin', 'skipped'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('journey report counting', () => {
  it('counts per project: expected and flaky pass, unexpected fails, skips keep their reason', () => {
    const counts = countJourneys(reportOutcomes(report), ['jaeger', 'tempo', 'zipkin']);
    expect(counts.jaeger).toEqual({ passed: 1, failed: 1, skipped: 0, failedTitles: ['open a trace — expected 16 spans'], skipReason: null });
    expect(counts.tempo).toEqual({ passed: 2, failed: 0, skipped: 0, failedTitles: [], skipReason: null });
    expect(counts.zipkin).toMatchObject({ passed: 0, failed: 0, skipped: 2, skipReason: 'zipkin is not a source' });
  });

  it('ignores projects it was not asked about', () => {
    expect(Object.keys(countJourneys(reportOutcomes(report), ['tempo']))).toEqual(['tempo']);
  });
});
