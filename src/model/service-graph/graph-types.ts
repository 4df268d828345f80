import type { Micros } from '../../lib/units';

/** Services send spans; the others are peers named by client spans and never send any. */
export type NodeKind = 'service' | 'database' | 'queue' | 'external';

export interface LatencyStats {
  readonly avgUs: Micros;
  readonly p50Us: Micros;
  readonly p95Us: Micros;
}

export interface GraphNode {
  readonly id: string;
  readonly name: string;
  readonly kind: NodeKind;
  readonly callsIn: number;
  readonly callsOut: number;
  readonly errorsIn: number;
}

export interface GraphEdge {
  /** `<source>→<target>` */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly calls: number;
  readonly errors: number;
  /** errors / calls, 0 when nothing was counted. */
  readonly errorRate: number;
  /** Present only where spans gave durations (not from backend aggregations). */
  readonly latency?: LatencyStats;
}

/** How the graph was made, shown on the page. */
export type GraphOrigin =
  | { readonly kind: 'backend'; readonly backend: string; readonly fromUs: Micros; readonly toUs: Micros }
  | { readonly kind: 'sampled'; readonly traceCount: number; readonly fromUs: Micros; readonly toUs: Micros }
  | { readonly kind: 'trace'; readonly traceId: string };

export interface ServiceGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly origin: GraphOrigin;
}

export const edgeId = (source: string, target: string): string => `${source}→${target}`;
