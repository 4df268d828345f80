import { drag, select, zoom, zoomIdentity, type D3DragEvent, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { GraphEdge, GraphNode, ServiceGraph } from '../../model/service-graph/graph-types';
import { layeredLayout } from '../../model/service-graph/layered-layout';
import { serviceColor } from '../../lib/service-color';
import { drawEdges, screenSegment, type View } from './draw-edges';
import { drawNodes, nodeAtPoint } from './draw-nodes';
import { distanceToSegmentSq, type EdgeSegment } from './edge-geometry';
import { ForceLayout } from './force-layout';
import { buildScene, type GraphScene } from './graph-scene';
import { bucketColors, nodePath, readPalette, type GraphPalette } from './graph-style';

export type GraphLayoutKind = 'force' | 'layered';

export type GraphHover =
  | { readonly kind: 'node'; readonly node: GraphNode; readonly x: number; readonly y: number }
  | { readonly kind: 'edge'; readonly edge: GraphEdge; readonly x: number; readonly y: number };

export interface RendererCallbacks {
  onHover(hover: GraphHover | null): void;
  onNodeClick(node: GraphNode): void;
  onEdgeClick(edge: GraphEdge): void;
  onNodeContextMenu(node: GraphNode): void;
}

const SVG = 'http://www.w3.org/2000/svg';
const LABEL_PX = 11;
const SETTLE_MS = 140;
/** Above this many nodes, nodes and labels go on the canvas too (one SVG element each is too slow to zoom). */
export const CANVAS_NODES_ABOVE = 300;
/** A single click waits this long for a second one (double-click unpins instead). */
const CLICK_DELAY_MS = 250;

interface DragSubject {
  readonly i: number;
  x: number;
  y: number;
}

/**
 * Draws a service graph with D3: edges on a canvas (thousands stay cheap: a few strokes per
 * frame), nodes and labels in SVG above it, one zoom/pan for both. Every listener is
 * delegated (one per layer, none per edge); hover over edges is hit-tested on the screen
 * geometry. All redraws are batched into one animation frame.
 */
export class GraphRenderer {
  private readonly canvas: HTMLCanvasElement;
  /** Hover and search marks, drawn apart so they never repaint the thousands of edges. */
  private readonly overlay: HTMLCanvasElement;
  private readonly svg: SVGSVGElement;
  private readonly viewport: SVGGElement;
  private readonly nodeLayer: SVGGElement;
  private readonly zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly resize: ResizeObserver;
  private readonly themeWatch: MutationObserver;
  private readonly media: MediaQueryList | null;
  private readonly force = new ForceLayout();

  private scene: GraphScene = buildScene({ nodes: [], edges: [], origin: { kind: 'trace', traceId: '' } });
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  private nodeEls: SVGGElement[] = [];
  private pinned = new Set<string>();
  private layout: GraphLayoutKind = 'force';
  private transform: ZoomTransform = zoomIdentity;
  private width = 0;
  private height = 0;
  private palette: GraphPalette;
  private colors: string[];
  private hoverNode = -1;
  private hoverEdge = -1;
  private highlighted = -1;
  private userMoved = false;
  private frame = 0;
  private dirtyPositions = false;
  private dirtyLabels = true;
  private labelsShown = true;
  private labelPx = LABEL_PX;
  private canvasNodes = false;
  private fontFamily = 'sans-serif';
  private clickTimer: ReturnType<typeof setTimeout> | null = null;
  private pointer: { x: number; y: number } | null = null;
  private readonly seg: EdgeSegment = { x1: 0, y1: 0, x2: 0, y2: 0, ux: 0, uy: 0 };

  constructor(
    private readonly root: HTMLElement,
    private readonly callbacks: RendererCallbacks,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'sg__edges';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.overlay = document.createElement('canvas');
    this.overlay.className = 'sg__edges sg__overlay';
    this.overlay.setAttribute('aria-hidden', 'true');
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.classList.add('sg__svg');
    this.svg.setAttribute('data-testid', 'graph-svg');
    this.viewport = document.createElementNS(SVG, 'g');
    this.nodeLayer = document.createElementNS(SVG, 'g');
    this.nodeLayer.classList.add('sg__nodes');
    this.viewport.append(this.nodeLayer);
    this.svg.append(this.viewport);
    root.append(this.canvas, this.overlay, this.svg);
    this.palette = readPalette(root);
    this.colors = bucketColors(this.palette);
    // Drag first: on a node it stops the event before zoom would start panning.
    this.setupDrag();

    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.02, 8])
      .filter((event: Event) => {
        if (event.type === 'dblclick' && this.nodeAt(event) >= 0) return false;
        const e = event as MouseEvent;
        return (!e.ctrlKey || event.type === 'wheel') && !e.button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.transform = event.transform;
        if (event.sourceEvent) this.userMoved = true;
        this.viewport.setAttribute('transform', event.transform.toString());
        this.dirtyLabels = true;
        if (event.sourceEvent && this.heavy()) this.zoomGesture();
        else this.request();
      });
    select(this.svg).call(this.zoomBehavior).on('dblclick.zoom', null);
    // Double-click on the background zooms in (d3's default), on a node it unpins.
    this.svg.addEventListener('dblclick', this.onDoubleClick);
    this.svg.addEventListener('pointermove', this.onPointerMove);
    this.svg.addEventListener('pointerleave', this.onPointerLeave);
    this.svg.addEventListener('click', this.onClick);
    this.svg.addEventListener('contextmenu', this.onContextMenu);

    this.force.onPositions = (positions, done) => this.applyForce(positions, done);
    this.resize = new ResizeObserver(() => this.measure());
    this.resize.observe(root);
    this.themeWatch = new MutationObserver(() => this.refreshTheme());
    this.themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    this.media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    this.media?.addEventListener('change', this.refreshTheme);
    this.refreshTheme();
    this.measure();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    if (this.settleTimer) clearTimeout(this.settleTimer);
    if (this.clickTimer) clearTimeout(this.clickTimer);
    this.force.dispose();
    this.resize.disconnect();
    this.themeWatch.disconnect();
    this.media?.removeEventListener('change', this.refreshTheme);
    select(this.svg).on('.zoom', null);
    this.canvas.remove();
    this.overlay.remove();
    this.svg.remove();
  }

  /** Shows a graph; nodes it shares with the previous one keep their place and pins. */
  setGraph(graph: ServiceGraph, layout: GraphLayoutKind): void {
    const previous = new Map<string, [number, number]>();
    this.scene.nodes.forEach((n, i) => previous.set(n.id, [this.xs[i]!, this.ys[i]!]));
    const layoutChanged = layout !== this.layout;
    if (layoutChanged) this.pinned.clear();
    this.layout = layout;
    this.scene = buildScene(graph);
    const n = this.scene.nodes.length;
    this.xs = new Float64Array(n);
    this.ys = new Float64Array(n);
    this.hoverNode = this.hoverEdge = this.highlighted = -1;
    this.canvasNodes = n > CANVAS_NODES_ABOVE;
    this.root.dataset.renderer = this.canvasNodes ? 'canvas' : 'svg';
    this.labelsShown = true;
    this.svg.classList.remove('sg--labels-hidden');
    this.dirtyLabels = true;
    this.buildNodes();
    this.root.dataset.nodes = String(n);
    this.root.dataset.edges = String(this.scene.edges.length);
    this.root.dataset.layout = layout;
    this.userMoved = false;

    if (layout === 'layered') {
      this.force.stop();
      const positions = layeredLayout(graph);
      this.scene.nodes.forEach((node, i) => {
        const p = this.pinned.has(node.id) ? previous.get(node.id) : undefined;
        const at = p ?? [positions.get(node.id)?.x ?? 0, positions.get(node.id)?.y ?? 0];
        this.xs[i] = at[0];
        this.ys[i] = at[1];
      });
      this.stretchToView();
      this.root.dataset.layoutState = 'done';
      this.dirtyPositions = true;
      this.fit(false);
    } else {
      const initial = new Float32Array(n * 2).fill(Number.NaN);
      const pins: [number, number, number][] = [];
      this.scene.nodes.forEach((node, i) => {
        const p = layoutChanged ? undefined : previous.get(node.id);
        if (p) {
          initial[i * 2] = p[0];
          initial[i * 2 + 1] = p[1];
          this.xs[i] = p[0];
          this.ys[i] = p[1];
          if (this.pinned.has(node.id)) pins.push([i, p[0], p[1]]);
        }
      });
      this.root.dataset.layoutState = 'running';
      this.force.start(this.scene, initial, pins);
    }
    this.request();
  }

  /** Marks a node (search result, focus service) and, when asked, centres the view on it. */
  highlight(id: string | null, center: boolean): void {
    const i = id === null ? -1 : (this.scene.index.get(id) ?? -1);
    this.nodeEls[this.highlighted]?.classList.remove('sg-node--highlight');
    this.highlighted = i;
    this.nodeEls[i]?.classList.add('sg-node--highlight');
    this.requestOverlay();
    if (i >= 0 && center) {
      this.userMoved = true;
      const k = Math.max(this.transform.k, 1);
      const t = zoomIdentity.translate(this.width / 2 - k * this.xs[i]!, this.height / 2 - k * this.ys[i]!).scale(k);
      select(this.svg).transition().duration(350).call(this.zoomBehavior.transform, t);
    }
    this.requestOverlay();
  }

  /**
   * Layers are far apart and their nodes close: a wide, flat drawing. Spreading the nodes
   * vertically (up to 3×) toward the view's proportions uses the screen without moving layers.
   */
  private stretch = 1;

  private stretchToView(): void {
    this.stretch = 1;
    const n = this.scene.nodes.length;
    if (n < 2 || this.width === 0) return;
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      x0 = Math.min(x0, this.xs[i]!);
      x1 = Math.max(x1, this.xs[i]!);
      y0 = Math.min(y0, this.ys[i]!);
      y1 = Math.max(y1, this.ys[i]!);
    }
    if (y1 - y0 < 1 || x1 - x0 < 1) return;
    const factor = Math.min(3, ((this.height / this.width) * (x1 - x0)) / (y1 - y0));
    if (factor <= 1) return;
    this.stretch = factor;
    for (let i = 0; i < n; i++) if (!this.pinned.has(this.scene.nodes[i]!.id)) this.ys[i] = this.ys[i]! * factor;
  }

  /** Zooms so the whole graph is in view. */
  fit(animate: boolean): void {
    const n = this.scene.nodes.length;
    if (n === 0 || this.width === 0) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      // Room for the label under the node, which is wider than the node.
      const r = this.scene.radii[i]! + 30;
      x0 = Math.min(x0, this.xs[i]! - r - 30);
      x1 = Math.max(x1, this.xs[i]! + r + 30);
      y0 = Math.min(y0, this.ys[i]! - r);
      y1 = Math.max(y1, this.ys[i]! + r);
    }
    const k = Math.min(1.5, this.width / (x1 - x0), this.height / (y1 - y0));
    const t = zoomIdentity
      .translate(this.width / 2 - (k * (x0 + x1)) / 2, this.height / 2 - (k * (y0 + y1)) / 2)
      .scale(k);
    const sel = select(this.svg);
    if (animate) sel.transition().duration(300).call(this.zoomBehavior.transform, t);
    else sel.call(this.zoomBehavior.transform, t);
  }

  // ---- drawing -------------------------------------------------------------------------

  private buildNodes(): void {
    this.nodeLayer.replaceChildren();
    this.nodeEls = [];
    if (this.canvasNodes) return;
    this.nodeEls = this.scene.nodes.map((node, i) => {
      const g = document.createElementNS(SVG, 'g');
      g.classList.add('sg-node', `sg-node--${node.kind}`);
      if (this.pinned.has(node.id)) g.classList.add('sg-node--pinned');
      g.setAttribute('data-testid', 'graph-node');
      g.setAttribute('data-id', node.id);
      g.setAttribute('data-kind', node.kind);
      g.setAttribute('data-index', String(i));
      g.setAttribute('role', 'img');
      g.setAttribute('aria-label', `${node.kind} ${node.name}`);
      const shape = document.createElementNS(SVG, 'path');
      shape.classList.add('sg-node__shape');
      shape.setAttribute('d', nodePath(node.kind, this.scene.radii[i]!));
      if (node.kind !== 'external') shape.style.fill = serviceColor(node.name);
      const label = document.createElementNS(SVG, 'text');
      label.classList.add('sg-node__label');
      label.setAttribute('y', String(this.scene.radii[i]! + 3));
      label.textContent = node.name;
      g.append(shape, label);
      return g;
    });
    this.nodeLayer.append(...this.nodeEls);
  }

  /** Big graphs: thousands of edges or canvas nodes. */
  private heavy(): boolean {
    return this.canvasNodes || this.scene.edges.length > 1000;
  }

  /**
   * While a wheel or pan gesture goes on, a big graph's canvases are moved and scaled as
   * bitmaps (cheap), and drawn afresh once the gesture pauses.
   */
  private zoomGesture(): void {
    const at = this.drawnAt;
    if (!at) {
      this.request();
      return;
    }
    const k = this.transform.k / at.k;
    const css = `translate(${this.transform.x - at.x * k}px, ${this.transform.y - at.y * k}px) scale(${k})`;
    this.canvas.style.transform = css;
    this.overlay.style.transform = css;
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      this.request();
    }, SETTLE_MS);
  }

  private drawnAt: ZoomTransform | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  private staticDirty = true;

  /** Redraws the hover layer only. */
  private requestOverlay(): void {
    const keep = this.staticDirty;
    this.request();
    this.staticDirty = keep;
  }

  private request(): void {
    this.staticDirty = true;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    if (this.dirtyPositions) {
      this.dirtyPositions = false;
      // (Canvas nodes: nodeEls is empty, positions are drawn below.)
      for (let i = 0; i < this.nodeEls.length; i++) {
        this.nodeEls[i]!.setAttribute('transform', `translate(${this.xs[i]!.toFixed(1)},${this.ys[i]!.toFixed(1)})`);
      }
    }
    if (this.dirtyLabels) {
      this.dirtyLabels = false;
      this.updateLabels();
    }
    const ctx = this.canvas.getContext('2d');
    const octx = this.overlay.getContext('2d');
    if (!ctx || !octx) return;
    const dpr = window.devicePixelRatio || 1;
    const view = this.view();
    const marks = {
      hover: -1,
      highlight: -1,
      pinned: (i: number) => this.pinned.has(this.scene.nodes[i]?.id ?? ''),
      labels: this.labelsShown,
      labelPx: this.labelPx,
      font: `${this.labelPx}px ${this.fontFamily}`,
    };
    if (this.staticDirty) {
      this.staticDirty = false;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, this.width, this.height);
      const skip = this.heavy() ? this.dragging : -1;
      drawEdges(ctx, this.scene, this.xs, this.ys, view, this.colors, this.palette.accent, { node: -1, edge: -1, skipNode: skip });
      if (this.canvasNodes) drawNodes(ctx, this.scene, this.xs, this.ys, view, dpr, this.palette, { ...marks, skip });
      this.canvas.style.transform = '';
      this.overlay.style.transform = '';
      this.drawnAt = this.transform;
    }
    octx.setTransform(dpr, 0, 0, dpr, 0, 0);
    octx.clearRect(0, 0, this.width, this.height);
    const emphasisNode = this.hoverNode >= 0 ? this.hoverNode : this.highlighted;
    if (emphasisNode >= 0 || this.hoverEdge >= 0) {
      const edges = emphasisNode >= 0 ? (this.scene.edgesOf[emphasisNode] ?? []) : [];
      if (emphasisNode >= 0) {
        // Fade everything else with one translucent wash instead of redrawing it.
        octx.globalAlpha = 0.6;
        octx.fillStyle = this.palette.bg;
        octx.fillRect(0, 0, this.width, this.height);
        octx.globalAlpha = 1;
      }
      drawEdges(octx, this.scene, this.xs, this.ys, view, this.colors, this.palette.accent, {
        node: -1,
        edge: this.hoverEdge,
        only: edges,
      });
      if (this.canvasNodes) {
        const near = new Set<number>([emphasisNode]);
        for (const e of edges) near.add(this.scene.ends[e * 2]!).add(this.scene.ends[e * 2 + 1]!);
        if (this.hoverEdge >= 0) near.add(this.scene.ends[this.hoverEdge * 2]!).add(this.scene.ends[this.hoverEdge * 2 + 1]!);
        near.delete(-1);
        drawNodes(octx, this.scene, this.xs, this.ys, view, dpr, this.palette, {
          ...marks,
          hover: this.hoverNode,
          highlight: this.highlighted,
          labels: true,
          only: [...near],
        });
      }
    }
    this.root.dataset.emphasis = emphasisNode >= 0 ? (this.scene.nodes[emphasisNode]?.id ?? '') : '';
  }

  /**
   * Labels keep a readable size on screen whatever the zoom (never below 11 px), and on
   * big graphs they show only when zoomed in far enough to not pile up; the hovered,
   * highlighted and pinned nodes keep theirs (CSS).
   */
  private updateLabels(): void {
    const k = this.transform.k;
    const n = this.scene.nodes.length;
    const threshold = n <= 60 ? 0 : n <= 300 ? 0.55 : 1.3;
    const show = k >= threshold;
    const screenPx = Math.min(15, Math.max(LABEL_PX, LABEL_PX * k));
    this.labelPx = Math.round(screenPx);
    if (show !== this.labelsShown || this.canvasNodes) {
      this.labelsShown = show;
      this.svg.classList.toggle('sg--labels-hidden', !show);
    }
    if (this.canvasNodes) return;
    this.nodeLayer.style.fontSize = `${(screenPx / k).toFixed(2)}px`;
    this.nodeLayer.style.setProperty('--sg-halo', `${(3 / k).toFixed(2)}px`);
  }

  private view(): View {
    return { x: this.transform.x, y: this.transform.y, k: this.transform.k, width: this.width, height: this.height };
  }

  private measure = (): void => {
    const rect = this.root.getBoundingClientRect();
    const w = Math.max(1, Math.round(rect.width));
    const h = Math.max(1, Math.round(rect.height));
    if (w === this.width && h === this.height) return;
    const first = this.width === 0;
    this.width = w;
    this.height = h;
    const dpr = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(w * dpr);
    this.canvas.height = Math.round(h * dpr);
    this.canvas.style.width = `${w}px`;
    this.canvas.style.height = `${h}px`;
    this.overlay.width = this.canvas.width;
    this.overlay.height = this.canvas.height;
    this.overlay.style.width = `${w}px`;
    this.overlay.style.height = `${h}px`;
    if (first || !this.userMoved) this.fit(false);
    this.request();
  };

  private refreshTheme = (): void => {
    this.fontFamily = getComputedStyle(this.root).fontFamily || 'sans-serif';
    this.palette = readPalette(this.root);
    this.colors = bucketColors(this.palette);
    this.request();
  };

  private applyForce(positions: Float32Array, done: boolean): void {
    const dragging = this.dragging;
    for (let i = 0; i < this.xs.length && i * 2 + 1 < positions.length; i++) {
      if (i === dragging) continue;
      this.xs[i] = positions[i * 2]!;
      this.ys[i] = positions[i * 2 + 1]!;
    }
    this.dirtyPositions = true;
    if (!this.userMoved) this.fit(false);
    this.root.dataset.layoutState = done ? 'done' : 'running';
    this.request();
  }

  // ---- interaction ---------------------------------------------------------------------

  private dragging = -1;

  private setupDrag(): void {
    const behavior = drag<SVGSVGElement, unknown, DragSubject | undefined>()
      .container(() => this.viewport)
      .subject((event: D3DragEvent<SVGSVGElement, unknown, unknown>) => {
        const i = this.nodeAt(event.sourceEvent as Event);
        return i < 0 ? undefined : { i, x: this.xs[i]!, y: this.ys[i]! };
      })
      .on('start', (event: D3DragEvent<SVGSVGElement, unknown, DragSubject>) => {
        this.dragging = event.subject.i;
        if (this.heavy()) {
          // The static layer is drawn once without the dragged node; it moves on the overlay.
          this.hoverNode = this.dragging;
          this.request();
        }
      })
      .on('drag', (event: D3DragEvent<SVGSVGElement, unknown, DragSubject>) => {
        const { i } = event.subject;
        this.xs[i] = event.x;
        this.ys[i] = event.y;
        // Re-running the simulation would redraw thousands of edges per tick: big graphs only pin.
        this.pin(i, !this.heavy());
        this.dirtyPositions = true;
        if (this.heavy()) this.requestOverlay();
        else this.request();
      })
      .on('end', () => {
        const wasHeavy = this.dragging >= 0 && this.heavy();
        this.dragging = -1;
        if (wasHeavy) this.request();
      });
    select(this.svg).call(behavior);
  }

  private pin(i: number, reheat: boolean): void {
    const node = this.scene.nodes[i];
    if (!node) return;
    this.pinned.add(node.id);
    this.nodeEls[i]?.classList.add('sg-node--pinned');
    if (this.layout === 'force') this.force.pin(i, this.xs[i]!, this.ys[i]!, reheat);
  }

  private unpin(i: number): void {
    const node = this.scene.nodes[i];
    if (!node || !this.pinned.delete(node.id)) return;
    this.nodeEls[i]?.classList.remove('sg-node--pinned');
    if (this.layout === 'force') {
      this.force.unpin(i);
      return;
    }
    const p = layeredLayout({ nodes: this.scene.nodes, edges: this.scene.edges, origin: { kind: 'trace', traceId: '' } }).get(node.id);
    if (p) {
      this.xs[i] = p.x;
      this.ys[i] = p.y * this.stretch;
      this.dirtyPositions = true;
      this.request();
    }
  }

  /** The node an event is on: its SVG element, or a hit test when nodes are on the canvas. */
  private nodeAt(event: Event): number {
    if (!this.canvasNodes) {
      const el = (event.target as Element | null)?.closest?.('.sg-node');
      const raw = el?.getAttribute('data-index');
      return raw == null ? -1 : Number(raw);
    }
    const e = event as MouseEvent;
    if (typeof e.clientX !== 'number') return -1;
    const p = this.local(e);
    return nodeAtPoint(this.scene, this.xs, this.ys, this.view(), p.x, p.y);
  }

  private local(event: MouseEvent): { x: number; y: number } {
    const rect = this.svg.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  /** The edge within a few pixels of a screen point, nearest first; -1 for none. */
  private edgeAt(x: number, y: number): number {
    const v = this.view();
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < this.scene.edges.length; i++) {
      if (!screenSegment(this.scene, this.xs, this.ys, v, i, this.seg)) continue;
      const reach = Math.max(5, this.scene.widths[i]! / 2 + 3);
      const d = distanceToSegmentSq(x, y, this.seg);
      if (d <= reach * reach && d < bestD) {
        best = i;
        bestD = d;
      }
    }
    return best;
  }

  private hoverFrame = 0;

  private onPointerMove = (event: PointerEvent): void => {
    this.pointer = this.local(event);
    this.lastMove = event;
    if (this.hoverFrame) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      if (this.lastMove) this.updateHover(this.lastMove);
    });
  };

  private lastMove: PointerEvent | null = null;

  private updateHover(event: PointerEvent): void {
    const p = this.pointer;
    if (!p) return;
    const node = this.dragging >= 0 ? this.dragging : this.nodeAt(event);
    const edge = node >= 0 ? -1 : this.edgeAt(p.x, p.y);
    if (node !== this.hoverNode) {
      this.nodeEls[this.hoverNode]?.classList.remove('sg-node--hover');
      this.nodeEls[node]?.classList.add('sg-node--hover');
      this.svg.classList.toggle('sg--dim', node >= 0);
    }
    const changed = node !== this.hoverNode || edge !== this.hoverEdge;
    this.hoverNode = node;
    this.hoverEdge = edge;
    this.svg.style.cursor = node >= 0 || edge >= 0 ? 'pointer' : '';
    if (node >= 0) this.callbacks.onHover({ kind: 'node', node: this.scene.nodes[node]!, ...p });
    else if (edge >= 0) this.callbacks.onHover({ kind: 'edge', edge: this.scene.edges[edge]!, ...p });
    else this.callbacks.onHover(null);
    if (changed) this.requestOverlay();
  }

  private onPointerLeave = (): void => {
    this.pointer = null;
    this.nodeEls[this.hoverNode]?.classList.remove('sg-node--hover');
    this.svg.classList.remove('sg--dim');
    this.hoverNode = this.hoverEdge = -1;
    this.callbacks.onHover(null);
    this.requestOverlay();
  };

  private onClick = (event: MouseEvent): void => {
    const i = this.nodeAt(event);
    if (i >= 0) {
      const node = this.scene.nodes[i]!;
      if (this.clickTimer) clearTimeout(this.clickTimer);
      this.clickTimer = setTimeout(() => {
        this.clickTimer = null;
        this.callbacks.onNodeClick(node);
      }, CLICK_DELAY_MS);
      return;
    }
    const p = this.local(event);
    const e = this.edgeAt(p.x, p.y);
    if (e >= 0) this.callbacks.onEdgeClick(this.scene.edges[e]!);
  };

  private onDoubleClick = (event: MouseEvent): void => {
    const i = this.nodeAt(event);
    if (i < 0) {
      const p = this.local(event);
      const k = this.transform.k * (event.shiftKey ? 0.5 : 2);
      select(this.svg).transition().duration(250).call(this.zoomBehavior.scaleTo, k, [p.x, p.y]);
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
    this.callbacks.onNodeContextMenu(this.scene.nodes[i]!);
  };
}
