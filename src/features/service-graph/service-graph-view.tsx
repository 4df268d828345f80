import { useEffect, useRef, useState } from 'react';
import type { GraphEdge, GraphNode, ServiceGraph } from '../../model/service-graph/graph-types';
import { GraphRenderer, type GraphHover, type GraphLayoutKind } from './graph-renderer';
import { GraphTooltip } from './graph-tooltip';
import './service-graph.css';

export interface ServiceGraphViewProps {
  /** The graph to draw (already focused/filtered by the caller). */
  readonly graph: ServiceGraph;
  /** 'force' (simulation in a worker) or 'layered' (left to right by call direction). */
  readonly layout: GraphLayoutKind;
  /** A node clicked (single click; double-click unpins a dragged node instead). */
  readonly onNodeClick?: (node: GraphNode) => void;
  /** An edge clicked. */
  readonly onEdgeClick?: (edge: GraphEdge) => void;
  /** Right-click on a node (the dependencies page hides it). */
  readonly onNodeContextMenu?: (node: GraphNode) => void;
  /** A node to mark; with `centerOnHighlight`, the view moves to it when it changes. */
  readonly highlight?: string | null;
  readonly centerOnHighlight?: boolean;
  /** CSS height of the drawing area (default: fill the parent). */
  readonly height?: number | string;
  readonly className?: string;
  /** Accessible name of the drawing. */
  readonly label?: string;
}

/**
 * A service graph drawn with D3: zoom and pan, drag a node to pin it (double-click to
 * unpin), arrows for call direction, edge width by calls and color by error rate, node size
 * by traffic and shape by kind, details on hover. React owns the props; the renderer owns
 * the drawing, so hover and zoom never re-render React.
 */
export function ServiceGraphView({
  graph,
  layout,
  onNodeClick,
  onEdgeClick,
  onNodeContextMenu,
  highlight = null,
  centerOnHighlight = false,
  height,
  className,
  label = 'Service graph',
}: ServiceGraphViewProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<GraphRenderer | null>(null);
  const [hover, setHover] = useState<GraphHover | null>(null);
  const handlers = useRef({ onNodeClick, onEdgeClick, onNodeContextMenu });
  handlers.current = { onNodeClick, onEdgeClick, onNodeContextMenu };

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const renderer = new GraphRenderer(host, {
      onHover: setHover,
      onNodeClick: (n) => handlers.current.onNodeClick?.(n),
      onEdgeClick: (e) => handlers.current.onEdgeClick?.(e),
      onNodeContextMenu: (n) => handlers.current.onNodeContextMenu?.(n),
    });
    rendererRef.current = renderer;
    return () => {
      renderer.destroy();
      rendererRef.current = null;
    };
  }, []);

  useEffect(() => {
    rendererRef.current?.setGraph(graph, layout);
    setHover(null);
  }, [graph, layout]);

  useEffect(() => {
    rendererRef.current?.highlight(highlight, centerOnHighlight);
  }, [highlight, centerOnHighlight, graph, layout]);

  return (
    <div className={`sg ${className ?? ''}`} style={height !== undefined ? { height } : undefined} data-testid="service-graph">
      <div ref={hostRef} className="sg__host" role="group" aria-label={label} />
      <button type="button" className="sg__fit button" onClick={() => rendererRef.current?.fit(true)} title="Zoom to fit">
        Fit
      </button>
      {hover ? <GraphTooltip hover={hover} /> : null}
    </div>
  );
}
