// Test support: the counts the fixtures README computed for each file ("Notable features"
// column: "5 spans, 2 svc, ... roots 2, errors 1, parent-missing 1, 2 traceIds"), used to
// cross-check our own figures.
import { fixtureText } from './fixture-files';

export interface ReadmeCounts {
  readonly spans: number;
  readonly services: number;
  readonly roots: number;
  readonly parentMissing: number;
  readonly errors: number;
  readonly traceIds: number;
}

let rows: Map<string, string> | undefined;

function readmeRows(): Map<string, string> {
  if (rows) return rows;
  rows = new Map();
  for (const line of (fixtureText('README.md') ?? '').split('\n')) {
    const m = /^\| `([^`]+)` \(/.exec(line);
    if (m) rows.set(m[1]!, line.slice(line.lastIndexOf('|', line.length - 2) + 1));
  }
  return rows;
}

function count(text: string, re: RegExp): number | undefined {
  const m = re.exec(text);
  return m ? Number(m[1]) : undefined;
}

export function readmeCounts(file: string): ReadmeCounts | undefined {
  const features = readmeRows().get(file);
  if (features === undefined) return undefined;
  const spans = count(features, /(\d+) spans?\b/);
  if (spans === undefined) return undefined;
  return {
    spans,
    services: count(features, /(\d+) svc\b/) ?? 0,
    roots: count(features, /\broots (\d+)/) ?? 0,
    parentMissing: count(features, /parent-missing (\d+)/) ?? 0,
    errors: count(features, /\berrors (\d+)/) ?? 0,
    traceIds: count(features, /(\d+) traceIds\b/) ?? 1,
  };
}
