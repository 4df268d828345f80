// `npm run -s inspect -- FILE`: decodes a trace file the way the app does and prints one
// JSON object of per-trace figures. Unreadable input: exit 1 and one line on stderr.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeFile } from '../src/adapters/file/decode-file';
import { inspectReport } from '../src/adapters/file/inspect-report';
import { DecodeError } from '../src/model/span-input';

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function fail(file: string, problem: string): never {
  process.stderr.write(`${oneLine(`${file}: ${problem}`)}\n`);
  process.exit(1);
}

const file = process.argv[2];
if (file === undefined || process.argv.length > 3) fail('inspect', 'usage: npm run -s inspect -- FILE');

// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(error)})`);
}

try {
  const report = inspectReport(decodeFile(text));
  process.stdout.write(`${JSON.stringify(report)}\n`);
} catch (error) {
  if (error instanceof DecodeError) fail(file, error.message);
  fail(file, `internal error while decoding: ${error instanceof Error ? error.message : String(error)}`);
}
