/**
 * How times are shown on the trace page: relative to the trace start, or as wall-clock
 * times in the local zone or in UTC. Labels carry as many fractional digits as the tick step
 * needs (ms below a second, µs below a millisecond), never more.
 */
export type TimeMode = 'rel' | 'local' | 'utc';

export const TIME_MODES: readonly TimeMode[] = ['rel', 'local', 'utc'];

export function parseTimeMode(text: string | null | undefined): TimeMode | null {
  return text === 'rel' || text === 'local' || text === 'utc' ? text : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `HH:MM:SS`, `HH:MM:SS.mmm` or `HH:MM:SS.mmmuuu` of the instant `us` (epoch µs), as the
 * step between neighbouring labels requires.
 */
export function formatClock(us: number, utc: boolean, stepUs = 1_000_000): string {
  if (!Number.isFinite(us)) return '–';
  const whole = Math.floor(us);
  const ms = Math.floor(whole / 1000);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '–';
  const [h, m, s] = utc
    ? [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
    : [d.getHours(), d.getMinutes(), d.getSeconds()];
  const base = `${pad(h)}:${pad(m)}:${pad(s)}`;
  const milli = ((ms % 1000) + 1000) % 1000;
  const micro = ((whole % 1000) + 1000) % 1000;
  if (stepUs >= 1_000_000 && milli === 0 && micro === 0) return base;
  if (stepUs >= 1_000 && micro === 0) return `${base}.${pad(milli, 3)}`;
  return `${base}.${pad(milli, 3)}${pad(micro, 3)}`;
}
