import type { GraphOrigin } from '../../model/service-graph/graph-types';

const pad = (n: number) => String(n).padStart(2, '0');

/** `10:00` (same day as the end) or `Nov 21 10:00`, local time unless `utc`. */
function clock(us: number, withDay: boolean, utc: boolean): string {
  const d = new Date(us / 1000);
  const [mo, day, h, mi] = utc
    ? [d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()]
    : [d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo];
  return `${withDay ? `${month} ${day} ` : ''}${pad(h)}:${pad(mi)}`;
}

function window(fromUs: number, toUs: number, utc: boolean): string {
  const date = (us: number) => (utc ? new Date(us / 1000).getUTCDate() : new Date(us / 1000).getDate());
  const oneDay = toUs - fromUs < 86_400e6 && date(fromUs) === date(toUs);
  return `${clock(fromUs, !oneDay, utc)}–${clock(toUs, !oneDay, utc)}`;
}

/**
 * How the graph was made, in words: "Jaeger dependencies, last 1h (10:00–11:00)" or
 * "derived from 100 sampled traces, 10:00–11:00".
 */
export function originText(origin: GraphOrigin, lookback: string | null, utc = false): string {
  switch (origin.kind) {
    case 'backend': {
      const span = window(origin.fromUs, origin.toUs, utc);
      return `${origin.backend} dependencies, ${lookback && lookback !== 'custom' ? `last ${lookback} (${span})` : span}`;
    }
    case 'sampled':
      return `derived from ${origin.traceCount} sampled trace${origin.traceCount === 1 ? '' : 's'}, ${window(origin.fromUs, origin.toUs, utc)}`;
    case 'trace':
      return `services of trace ${origin.traceId}`;
  }
}
