import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../src/adapters/file/decode-file';
import { inspectReport } from '../src/adapters/file/inspect-report';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'inspect-test-'));

const span = (id: string, over: Record<string, unknown> = {}) => ({
  traceId: '00000000000000aa',
  id,
  name: 'op',
  timestamp: 1_000_000,
  duration: 100,
  localEndpoint: { serviceName: 'b-svc' },
  ...over,
});
const ZIPKIN = [
  [span('01'), span('02', { parentId: '01', localEndpoint: { serviceName: 'a-svc' }, tags: { error: '' }, timestamp: 1_000_050, duration: 80 })],
  [span('03', { traceId: '0a', parentId: '99' })],
];
const EXPECTED = {
  format: 'zipkin-json',
  traces: [
    { traceId: '0000000000000000000000000000000a', spanCount: 1, services: ['b-svc'], rootCount: 1, errorCount: 0, durationUs: 100, warnings: ['multiple-traces', 'orphan'] },
    {
      traceId: '000000000000000000000000000000aa',
      spanCount: 2,
      services: ['a-svc', 'b-svc'],
      rootCount: 1,
      errorCount: 1,
      durationUs: 130,
      warnings: ['child-outside-parent', 'multiple-traces'],
    },
  ],
};

function inspect(file: string) {
  const run = spawnSync(process.execPath, [TSX, 'scripts/inspect.ts', file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: ROOT } });
  return { status: run.status, stdout: run.stdout, stderrLines: run.stderr.split('\n').filter((l) => l !== '') };
}

describe('inspect report', () => {
  it('lists traces sorted by id with sorted services and distinct warning kinds', () => {
    expect(inspectReport(decodeFile(JSON.stringify(ZIPKIN)))).toEqual(EXPECTED);
  });
});

describe('npm run inspect (scripts/inspect.ts)', () => {
  it('prints one JSON object for a readable file', () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify(ZIPKIN));
    const run = inspect(file);
    expect(run.stderrLines).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toEqual(EXPECTED);
  });

  it.each([
    ['missing.json', null, 'no such file'],
    ['bad.json', '[{"traceId": "aa",\n  "id": }]', 'not valid JSON: unexpected character "}" (at line 2, column 9)'],
    ['shape.json', '{"hello": "world"}', 'unrecognized trace file'],
  ])('exits 1 with one stderr line naming %s and the problem', (name, content, problem) => {
    const file = join(dir, name);
    if (content !== null) writeFileSync(file, content);
    const run = inspect(file);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderrLines).toHaveLength(1);
    expect(run.stderrLines[0]).toContain(`${file}: `);
    expect(run.stderrLines[0]).toContain(problem);
  });
});
