import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import type { ServiceGraph } from '../../model/service-graph/graph-types';
import { watchTheme } from '../../ui/watch-theme';
import { staticPositions } from './static-layout';
import { fitTransform, layerStretch } from './fit-view';
import { ForceLayout } from './force-layout';
import { GraphPainter } from './graph-painter';
import { GraphPointer, type RendererCallbacks } from './graph-pointer';
import { GraphState, type GraphLayoutKind } from './graph-state';
import { buildScene } from './graph-scene';
import { SVG_NS } from './svg-node-elements';

export type { GraphHover, RendererCallbacks } from './graph-pointer';
export type { GraphLayoutKind } from './graph-state';

/** Above this many nodes, nodes and labels go on the canvas too (one SVG element each is too slow to zoom). */
export const CANVAS_NODES_ABOVE = 300;

/**
 * Draws a service graph with D3: edges on a canvas (thousands stay cheap: a few strokes per
 * frame), nodes and labels in SVG above it, one zoom/pan for both. This class wires the
 * parts together and keeps the graph's state: the layout (force in a worker, or layered),
 * the zoom, size and theme watching. Drawing is GraphPainter's (all redraws batched into
 * one animation frame), the pointer GraphPointer's (hover, click, drag and pin).
 */
export class GraphRenderer {
  private readonly state = new GraphState();
  private readonly canvas: HTMLCanvasElement;
  private readonly overlay: HTMLCanvasElement;
  private readonly svg: SVGSVGElement;
  private readonly viewport: SVGGElement;
  private readonly painter: GraphPainter;
  private readonly pointer: GraphPointer;
  private readonly zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly resize: ResizeObserver;
  private readonly unwatchTheme: () => void;
  private readonly force = new ForceLayout();

  constructor(
    private readonly root: HTMLElement,
    callbacks: RendererCallbacks,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'sg__edges';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.overlay = document.createElement('canvas');
    this.overlay.className = 'sg__edges sg__overlay';
    this.overlay.setAttribute('aria-hidden', 'true');
    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.classList.add('sg__svg');
    this.svg.setAttribute('data-testid', 'graph-svg');
    this.viewport = document.createElementNS(SVG_NS, 'g');
    const nodeLayer = document.createElementNS(SVG_NS, 'g');
    nodeLayer.classList.add('sg__nodes');
    this.viewport.append(nodeLayer);
    this.svg.append(this.viewport);
    root.append(this.canvas, this.overlay, this.svg);
    const { state, svg, viewport, force } = this;
    this.painter = new GraphPainter(state, { root, canvas: this.canvas, overlay: this.overlay, svg, nodeLayer });

    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.02, 8])
      // The size this renderer measured, not d3's default (the SVG's width.baseVal), which
      // throws for the SVG's relative size once it is not laid out: a view switched away from
      // while its zoom still moved threw "Could not resolve relative length".
      .extent(() => [
        [0, 0],
        [Math.max(1, state.width), Math.max(1, state.height)],
      ])
      .filter((event: Event) => {
        if (event.type === 'dblclick' && this.pointer.nodeAt(event) >= 0) return false;
        const e = event as MouseEvent;
        return (!e.ctrlKey || event.type === 'wheel') && !e.button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        state.transform = event.transform;
        if (event.sourceEvent) state.userMoved = true;
        viewport.setAttribute('transform', event.transform.toString());
        this.painter.zoomed(Boolean(event.sourceEvent));
      });
    const { painter, zoomBehavior } = this;
    this.pointer = new GraphPointer({ state, svg, viewport, zoomBehavior, force, painter, callbacks });
    // Drag first: on a node it stops the event before zoom would start panning.
    this.pointer.attachDrag();
    select(svg).call(zoomBehavior).on('dblclick.zoom', null);
    this.pointer.listen();

    force.onPositions = (positions, done) => this.applyForce(positions, done);
    this.resize = new ResizeObserver(() => this.measure());
    this.resize.observe(root);
    this.unwatchTheme = watchTheme(painter.refreshTheme);
    painter.refreshTheme();
    this.measure();
  }

  destroy(): void {
    this.painter.dispose();
    this.pointer.dispose();
    this.force.dispose();
    this.resize.disconnect();
    this.unwatchTheme();
    select(this.svg).interrupt().on('.zoom', null);
    this.canvas.remove();
    this.overlay.remove();
    this.svg.remove();
  }

  /** Shows a graph; nodes it shares with the previous one keep their place and pins. */
  setGraph(graph: ServiceGraph, layout: GraphLayoutKind): void {
    const s = this.state;
    const previous = new Map<string, [number, number]>();
    s.scene.nodes.forEach((n, i) => previous.set(n.id, [s.xs[i]!, s.ys[i]!]));
    const layoutChanged = layout !== s.layout;
    if (layoutChanged) s.pinned.clear();
    s.layout = layout;
    s.scene = buildScene(graph);
    const n = s.scene.nodes.length;
    s.xs = new Float64Array(n);
    s.ys = new Float64Array(n);
    s.hoverNode = s.hoverEdge = s.highlighted = -1;
    s.canvasNodes = n > CANVAS_NODES_ABOVE;
    this.root.dataset.renderer = s.canvasNodes ? 'canvas' : 'svg';
    this.painter.showGraph();
    this.root.dataset.nodes = String(n);
    this.root.dataset.edges = String(s.scene.edges.length);
    this.root.dataset.layout = layout;
    s.userMoved = false;

    if (layout !== 'force') {
      this.force.stop();
      const positions = staticPositions(layout, graph.nodes, graph.edges);
      s.scene.nodes.forEach((node, i) => {
        const p = s.pinned.has(node.id) ? previous.get(node.id) : undefined;
        const at = p ?? [positions.get(node.id)?.x ?? 0, positions.get(node.id)?.y ?? 0];
        s.xs[i] = at[0];
        s.ys[i] = at[1];
      });
      // Layers spread to the view's height; a circle stays round.
      if (layout === 'layered') this.stretchToView();
      else s.stretch = 1;
      this.root.dataset.layoutState = 'done';
      this.painter.nodesMoved();
      this.fit(false);
    } else {
      const initial = new Float32Array(n * 2).fill(Number.NaN);
      const pins: [number, number, number][] = [];
      s.scene.nodes.forEach((node, i) => {
        const p = layoutChanged ? undefined : previous.get(node.id);
        if (p) {
          initial[i * 2] = p[0];
          initial[i * 2 + 1] = p[1];
          s.xs[i] = p[0];
          s.ys[i] = p[1];
          if (s.pinned.has(node.id)) pins.push([i, p[0], p[1]]);
        }
      });
      this.root.dataset.layoutState = 'running';
      this.force.start(s.scene, initial, pins);
    }
    this.painter.request();
  }

  /** Marks a node (search result, focus service) and, when asked, centres the view on it. */
  highlight(id: string | null, center: boolean): void {
    const s = this.state;
    const i = id === null ? -1 : (s.scene.index.get(id) ?? -1);
    s.nodeEls[s.highlighted]?.classList.remove('sg-node--highlight');
    s.highlighted = i;
    s.nodeEls[i]?.classList.add('sg-node--highlight');
    this.painter.requestOverlay();
    if (i >= 0 && center) {
      s.userMoved = true;
      const k = Math.max(s.transform.k, 1);
      const t = zoomIdentity.translate(s.width / 2 - k * s.xs[i]!, s.height / 2 - k * s.ys[i]!).scale(k);
      select(this.svg).transition().duration(350).call(this.zoomBehavior.transform, t);
    }
    this.painter.requestOverlay();
  }

  /** Zooms so the whole graph is in view. */
  fit(animate: boolean): void {
    const t = fitTransform(this.state);
    if (!t) return;
    const sel = select(this.svg);
    if (animate) sel.transition().duration(300).call(this.zoomBehavior.transform, t);
    else sel.call(this.zoomBehavior.transform, t);
  }

  /** Spreads a layered drawing vertically toward the view's proportions; pinned nodes stay. */
  private stretchToView(): void {
    const s = this.state;
    s.stretch = layerStretch(s);
    if (s.stretch === 1) return;
    for (let i = 0; i < s.scene.nodes.length; i++) if (!s.pinned.has(s.scene.nodes[i]!.id)) s.ys[i] = s.ys[i]! * s.stretch;
  }

  private measure = (): void => {
    const s = this.state;
    const rect = this.root.getBoundingClientRect();
    const w = Math.max(1, Math.round(rect.width));
    const h = Math.max(1, Math.round(rect.height));
    if (w === s.width && h === s.height) return;
    const first = s.width === 0;
    s.width = w;
    s.height = h;
    this.painter.sizeCanvases(w, h);
    if (first || !s.userMoved) this.fit(false);
    this.painter.request();
  };

  private applyForce(positions: Float32Array, done: boolean): void {
    const s = this.state;
    const dragging = s.dragging;
    for (let i = 0; i < s.xs.length && i * 2 + 1 < positions.length; i++) {
      if (i === dragging) continue;
      s.xs[i] = positions[i * 2]!;
      s.ys[i] = positions[i * 2 + 1]!;
    }
    this.painter.nodesMoved();
    if (!s.userMoved) this.fit(false);
    this.root.dataset.layoutState = done ? 'done' : 'running';
    this.painter.request();
  }
}
