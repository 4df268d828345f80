/** Duration literals of the filter language: `500ns`, `250us`/`250µs`, `100ms`, `1.5s`, `2m`, `1h`. */
const UNIT_US: Readonly<Record<string, number>> = {
  ns: 0.001,
  us: 1,
  'µs': 1,
  ms: 1000,
  s: 1_000_000,
  m: 60_000_000,
  h: 3_600_000_000,
};

const DURATION_RE = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/;

/** µs for a duration literal, or null when the text is not one. */
export function parseDurationLiteral(text: string): number | null {
  const m = DURATION_RE.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = UNIT_US[m[2] ?? ''];
  if (!Number.isFinite(n) || unit === undefined) return null;
  return n * unit;
}

/** The shortest exact literal for a µs value (`1500000` → `1.5s`). */
export function formatDurationLiteral(us: number): string {
  const units: [string, number][] = [['h', 3_600_000_000], ['m', 60_000_000], ['s', 1_000_000], ['ms', 1000], ['us', 1]];
  for (const [unit, size] of units) {
    if (us >= size) {
      const n = us / size;
      const text = String(Number(n.toFixed(6)));
      if (parseDurationLiteral(text + unit) === us) return text + unit;
    }
  }
  if (us === 0) return '0ms';
  return `${Number((us * 1000).toFixed(6))}ns`;
}
