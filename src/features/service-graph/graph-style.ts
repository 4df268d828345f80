import type { GraphEdge, GraphNode, NodeKind } from '../../model/service-graph/graph-types';

/** Node radius in graph units, by traffic (log scale): a quiet node and a hub stay comparable. */
export function nodeRadius(node: GraphNode): number {
  const traffic = node.callsIn + node.callsOut;
  return Math.min(24, 7 + 3.2 * Math.log10(1 + traffic));
}

/** Edge width in screen pixels, by calls (log scale). */
export function edgeWidth(edge: GraphEdge): number {
  return Math.min(7, 1 + 1.1 * Math.log10(1 + edge.calls));
}

export interface GraphPalette {
  readonly ok: string;
  readonly warning: string;
  readonly danger: string;
  readonly accent: string;
  readonly text: string;
  readonly muted: string;
  readonly bg: string;
}

/** The theme's colors, read from the CSS variables where the graph is drawn. */
export function readPalette(el: Element): GraphPalette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    ok: v('--ok', '#2f8f4e'),
    warning: v('--warning', '#c77c02'),
    danger: v('--danger', '#d6363f'),
    accent: v('--accent', '#2f6fde'),
    text: v('--text', '#1d2330'),
    muted: v('--text-faint', '#8a93a2'),
    bg: v('--bg', '#f6f7f9'),
  };
}

/**
 * Error-rate bucket 0..ERROR_BUCKETS-1: 0 = no errors (green), then amber toward 5 % and red
 * from 20 % on. Buckets keep canvas drawing to a few strokes.
 */
export const ERROR_BUCKETS = 8;
export function errorBucket(rate: number): number {
  if (!(rate > 0)) return 0;
  if (rate >= 0.2) return ERROR_BUCKETS - 1;
  // 1..6 spread over (0, 20 %) on a square-root scale, so 1 % already reads amber-ish.
  return 1 + Math.min(ERROR_BUCKETS - 3, Math.floor(Math.sqrt(rate / 0.2) * (ERROR_BUCKETS - 2)));
}

/** Hex color mix, a→b by t (both #rrggbb; anything else returns a). */
function mix(a: string, b: string, t: number): string {
  const pa = /^#([0-9a-f]{6})$/i.exec(a);
  const pb = /^#([0-9a-f]{6})$/i.exec(b);
  if (!pa || !pb) return t < 0.5 ? a : b;
  const na = parseInt(pa[1]!, 16);
  const nb = parseInt(pb[1]!, 16);
  const ch = (n: number, s: number) => (n >> s) & 255;
  const c = (s: number) => Math.round(ch(na, s) + (ch(nb, s) - ch(na, s)) * t);
  return `#${((c(16) << 16) | (c(8) << 8) | c(0)).toString(16).padStart(6, '0')}`;
}

/** The color of each error bucket: green → amber → red. */
export function bucketColors(p: GraphPalette): string[] {
  return Array.from({ length: ERROR_BUCKETS }, (_, b) => {
    if (b === 0) return p.ok;
    const t = b / (ERROR_BUCKETS - 1);
    // Any error at all already leans amber: a failing edge must not pass for a healthy one.
    return t <= 0.5 ? mix(p.ok, p.warning, Math.min(1, 0.5 + t)) : mix(p.warning, p.danger, (t - 0.5) * 2);
  });
}

export const KIND_LABEL: Readonly<Record<NodeKind, string>> = {
  service: 'service',
  database: 'database',
  queue: 'queue',
  external: 'external',
};

/** SVG path of a node's shape centred on 0,0: the kind shows in the outline. */
export function nodePath(kind: NodeKind, r: number): string {
  switch (kind) {
    case 'database': {
      // A cylinder: top ellipse, sides, bottom arc.
      const w = r * 0.95;
      const h = r * 1.1;
      const e = r * 0.32;
      return (
        `M${-w},${-h + e} A${w},${e} 0 0 1 ${w},${-h + e} A${w},${e} 0 0 1 ${-w},${-h + e} ` +
        `M${-w},${-h + e} L${-w},${h - e} A${w},${e} 0 0 0 ${w},${h - e} L${w},${-h + e}`
      );
    }
    case 'queue': {
      // A pipe of messages: a wide rounded box with two dividers.
      const w = r * 1.3;
      const h = r * 0.75;
      const q = r * 0.3;
      return (
        `M${-w + q},${-h} H${w - q} Q${w},${-h} ${w},${-h + q} V${h - q} Q${w},${h} ${w - q},${h} ` +
        `H${-w + q} Q${-w},${h} ${-w},${h - q} V${-h + q} Q${-w},${-h} ${-w + q},${-h} Z ` +
        `M${-w / 3},${-h} V${h} M${w / 3},${-h} V${h}`
      );
    }
    default:
      return `M${-r},0 A${r},${r} 0 1 0 ${r},0 A${r},${r} 0 1 0 ${-r},0 Z`;
  }
}
