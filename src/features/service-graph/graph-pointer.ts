import { drag, select, type D3DragEvent, type ZoomBehavior } from 'd3';
import type { GraphEdge, GraphNode } from '../../model/service-graph/graph-types';
import { staticPositions } from './static-layout';
import { screenSegment } from './draw-edges';
import { nodeAtPoint } from './draw-nodes';
import { distanceToSegmentSq, type EdgeSegment } from './edge-geometry';
import type { ForceLayout } from './force-layout';
import type { GraphPainter } from './graph-painter';
import type { GraphState } from './graph-state';

export type GraphHover =
  | { readonly kind: 'node'; readonly node: GraphNode; readonly x: number; readonly y: number }
  | { readonly kind: 'edge'; readonly edge: GraphEdge; readonly x: number; readonly y: number };

export interface RendererCallbacks {
  onHover(hover: GraphHover | null): void;
  onNodeClick(node: GraphNode): void;
  onEdgeClick(edge: GraphEdge): void;
  onNodeContextMenu(node: GraphNode): void;
}

/** A single click waits this long for a second one (double-click unpins instead). */
const CLICK_DELAY_MS = 250;

interface DragSubject {
  readonly i: number;
  x: number;
  y: number;
}

/** What the pointer works on, owned by the renderer. */
export interface PointerParts {
  readonly state: GraphState;
  readonly svg: SVGSVGElement;
  /** The zoomed group: drag positions are read in its coordinates. */
  readonly viewport: SVGGElement;
  readonly zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
  readonly force: ForceLayout;
  readonly painter: GraphPainter;
  readonly callbacks: RendererCallbacks;
}

/**
 * Everything the pointer does on the graph: finds the node or edge under it (SVG elements,
 * or hit tests on the screen geometry when nodes are on the canvas), hovers once per frame,
 * tells a click from a double-click, and drags nodes, which pins them. Every listener is
 * delegated to the SVG (none per node or edge). Apart from the drawing so the input rules
 * (what a gesture means) sit in one place.
 */
export class GraphPointer {
  private clickTimer: ReturnType<typeof setTimeout> | null = null;
  private pointer: { x: number; y: number } | null = null;
  private lastMove: PointerEvent | null = null;
  private hoverFrame = 0;
  private readonly seg: EdgeSegment = { x1: 0, y1: 0, x2: 0, y2: 0, ux: 0, uy: 0 };

  constructor(private readonly parts: PointerParts) {}

  /** Dragging a node; attach before zoom, so on a node it stops the event before zoom would pan. */
  attachDrag(): void {
    const s = this.parts.state;
    const behavior = drag<SVGSVGElement, unknown, DragSubject | undefined>()
      .container(() => this.parts.viewport)
      .subject((event: D3DragEvent<SVGSVGElement, unknown, unknown>) => {
        const i = this.nodeAt(event.sourceEvent as Event);
        return i < 0 ? undefined : { i, x: s.xs[i]!, y: s.ys[i]! };
      })
      .on('start', (event: D3DragEvent<SVGSVGElement, unknown, DragSubject>) => {
        s.dragging = event.subject.i;
        if (s.heavy()) {
          // The static layer is drawn once without the dragged node; it moves on the overlay.
          s.hoverNode = s.dragging;
          this.parts.painter.request();
        }
      })
      .on('drag', (event: D3DragEvent<SVGSVGElement, unknown, DragSubject>) => {
        const { i } = event.subject;
        s.xs[i] = event.x;
        s.ys[i] = event.y;
        // Re-running the simulation would redraw thousands of edges per tick: big graphs only pin.
        this.pin(i, !s.heavy());
        this.parts.painter.nodesMoved();
        if (s.heavy()) this.parts.painter.requestOverlay();
        else this.parts.painter.request();
      })
      .on('end', () => {
        const wasHeavy = s.dragging >= 0 && s.heavy();
        s.dragging = -1;
        if (wasHeavy) this.parts.painter.request();
      });
    select(this.parts.svg).call(behavior);
  }

  /** Hover, click, double-click and context menu, delegated to the SVG. */
  listen(): void {
    // Double-click on the background zooms in (d3's default), on a node it unpins.
    for (const [type, listener] of this.listeners()) this.parts.svg.addEventListener(type, listener);
  }

  private listeners(): readonly (readonly [string, EventListener])[] {
    return [
      ['dblclick', this.onDoubleClick as EventListener],
      ['pointermove', this.onPointerMove as EventListener],
      ['pointerleave', this.onPointerLeave],
      ['click', this.onClick as EventListener],
      ['contextmenu', this.onContextMenu as EventListener],
    ];
  }

  /** Nothing of this pointer runs after the graph is gone: no pending hover or click. */
  dispose(): void {
    if (this.clickTimer) clearTimeout(this.clickTimer);
    if (this.hoverFrame) cancelAnimationFrame(this.hoverFrame);
    this.hoverFrame = 0;
    for (const [type, listener] of this.listeners()) this.parts.svg.removeEventListener(type, listener);
  }

  /** The node an event is on: its SVG element, or a hit test when nodes are on the canvas. */
  nodeAt(event: Event): number {
    const s = this.parts.state;
    if (!s.canvasNodes) {
      const el = (event.target as Element | null)?.closest?.('.sg-node');
      const raw = el?.getAttribute('data-index');
      return raw == null ? -1 : Number(raw);
    }
    const e = event as MouseEvent;
    if (typeof e.clientX !== 'number') return -1;
    const p = this.local(e);
    return nodeAtPoint(s.scene, s.xs, s.ys, s.view(), p.x, p.y);
  }

  private local(event: MouseEvent): { x: number; y: number } {
    const rect = this.parts.svg.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  /** The edge within a few pixels of a screen point, nearest first; -1 for none. */
  private edgeAt(x: number, y: number): number {
    const s = this.parts.state;
    const v = s.view();
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < s.scene.edges.length; i++) {
      if (!screenSegment(s.scene, s.xs, s.ys, v, i, this.seg)) continue;
      const reach = Math.max(5, s.scene.widths[i]! / 2 + 3);
      const d = distanceToSegmentSq(x, y, this.seg);
      if (d <= reach * reach && d < bestD) {
        best = i;
        bestD = d;
      }
    }
    return best;
  }

  private pin(i: number, reheat: boolean): void {
    const s = this.parts.state;
    const node = s.scene.nodes[i];
    if (!node) return;
    s.pinned.add(node.id);
    s.nodeEls[i]?.classList.add('sg-node--pinned');
    if (s.layout === 'force') this.parts.force.pin(i, s.xs[i]!, s.ys[i]!, reheat);
  }

  private unpin(i: number): void {
    const s = this.parts.state;
    const node = s.scene.nodes[i];
    if (!node || !s.pinned.delete(node.id)) return;
    s.nodeEls[i]?.classList.remove('sg-node--pinned');
    if (s.layout === 'force') {
      this.parts.force.unpin(i);
      return;
    }
    const p = staticPositions(s.layout, s.scene.nodes, s.scene.edges).get(node.id);
    if (p) {
      s.xs[i] = p.x;
      s.ys[i] = p.y * s.stretch;
      this.parts.painter.nodesMoved();
      this.parts.painter.request();
    }
  }

  private onPointerMove = (event: PointerEvent): void => {
    this.pointer = this.local(event);
    this.lastMove = event;
    if (this.hoverFrame) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      if (this.lastMove) this.updateHover(this.lastMove);
    });
  };

  private updateHover(event: PointerEvent): void {
    const s = this.parts.state;
    const { svg, callbacks } = this.parts;
    const p = this.pointer;
    if (!p) return;
    const node = s.dragging >= 0 ? s.dragging : this.nodeAt(event);
    const edge = node >= 0 ? -1 : this.edgeAt(p.x, p.y);
    if (node !== s.hoverNode) {
      s.nodeEls[s.hoverNode]?.classList.remove('sg-node--hover');
      s.nodeEls[node]?.classList.add('sg-node--hover');
      svg.classList.toggle('sg--dim', node >= 0);
    }
    const changed = node !== s.hoverNode || edge !== s.hoverEdge;
    s.hoverNode = node;
    s.hoverEdge = edge;
    svg.style.cursor = node >= 0 || edge >= 0 ? 'pointer' : '';
    if (node >= 0) callbacks.onHover({ kind: 'node', node: s.scene.nodes[node]!, ...p });
    else if (edge >= 0) callbacks.onHover({ kind: 'edge', edge: s.scene.edges[edge]!, ...p });
    else callbacks.onHover(null);
    if (changed) this.parts.painter.requestOverlay();
  }

  private onPointerLeave = (): void => {
    const s = this.parts.state;
    this.pointer = null;
    s.nodeEls[s.hoverNode]?.classList.remove('sg-node--hover');
    this.parts.svg.classList.remove('sg--dim');
    s.hoverNode = s.hoverEdge = -1;
    this.parts.callbacks.onHover(null);
    this.parts.painter.requestOverlay();
  };

  private onClick = (event: MouseEvent): void => {
    const s = this.parts.state;
    const i = this.nodeAt(event);
    if (i >= 0) {
      const node = s.scene.nodes[i]!;
      if (this.clickTimer) clearTimeout(this.clickTimer);
      this.clickTimer = setTimeout(() => {
        this.clickTimer = null;
        this.parts.callbacks.onNodeClick(node);
      }, CLICK_DELAY_MS);
      return;
    }
    const p = this.local(event);
    const e = this.edgeAt(p.x, p.y);
    if (e >= 0) this.parts.callbacks.onEdgeClick(s.scene.edges[e]!);
  };

  private onDoubleClick = (event: MouseEvent): void => {
    const i = this.nodeAt(event);
    if (i < 0) {
      const p = this.local(event);
      const k = this.parts.state.transform.k * (event.shiftKey ? 0.5 : 2);
      select(this.parts.svg).transition().duration(250).call(this.parts.zoomBehavior.scaleTo, k, [p.x, p.y]);
      return;
    }
    if (this.clickTimer) clearTimeout(this.clickTimer);
    this.clickTimer = null;
    this.unpin(i);
  };

  private onContextMenu = (event: MouseEvent): void => {
    const i = this.nodeAt(event);
    if (i < 0) return;
    event.preventDefault();
    this.parts.callbacks.onNodeContextMenu(this.parts.state.scene.nodes[i]!);
  };
}
