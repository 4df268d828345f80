import type { ZoomTransform } from 'd3';
import { drawEdges } from './draw-edges';
import { drawNodes } from './draw-nodes';
import type { GraphState } from './graph-state';
import { bucketColors, readPalette, type GraphPalette } from './graph-style';
import { createNodeElements } from './svg-node-elements';

const LABEL_PX = 11;
const SETTLE_MS = 140;

/** The elements the graph is drawn into, made and placed by the renderer. */
export interface PaintLayers {
  readonly root: HTMLElement;
  /** Edges (and canvas nodes): the static layer, repainted only when the graph or view changes. */
  readonly canvas: HTMLCanvasElement;
  /** Hover and search marks, drawn apart so they never repaint the thousands of edges. */
  readonly overlay: HTMLCanvasElement;
  readonly svg: SVGSVGElement;
  readonly nodeLayer: SVGGElement;
}

/**
 * The drawing pipeline: every change asks for a frame, and one animation frame moves the
 * SVG nodes, sizes the labels, repaints the static canvas if it is stale and the hover
 * overlay always. During a wheel or pan on a big graph the canvases are moved as bitmaps
 * and repainted once the gesture pauses. Apart from the pointer so that what is drawn, and
 * how often, can be read in one place.
 */
export class GraphPainter {
  private palette: GraphPalette;
  private colors: string[];
  private fontFamily = 'sans-serif';
  private frame = 0;
  private staticDirty = true;
  private dirtyPositions = false;
  private dirtyLabels = true;
  private labelsShown = true;
  private labelPx = LABEL_PX;
  private drawnAt: ZoomTransform | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly state: GraphState,
    private readonly layers: PaintLayers,
  ) {
    this.palette = readPalette(layers.root);
    this.colors = bucketColors(this.palette);
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    if (this.settleTimer) clearTimeout(this.settleTimer);
  }

  /** A new scene: fresh SVG nodes (none when they go on the canvas), labels shown again. */
  showGraph(): void {
    this.labelsShown = true;
    this.layers.svg.classList.remove('sg--labels-hidden');
    this.dirtyLabels = true;
    const { nodeLayer } = this.layers;
    nodeLayer.replaceChildren();
    this.state.nodeEls = [];
    if (this.state.canvasNodes) return;
    this.state.nodeEls = createNodeElements(this.state.scene, this.state.pinned);
    nodeLayer.append(...this.state.nodeEls);
  }

  /** Node positions changed: the SVG nodes move on the next frame. */
  nodesMoved(): void {
    this.dirtyPositions = true;
  }

  /** The zoom changed; `byUser` when a gesture (not code) moved it. */
  zoomed(byUser: boolean): void {
    this.dirtyLabels = true;
    if (byUser && this.state.heavy()) this.zoomGesture();
    else this.request();
  }

  /** Device pixels follow the element's size so lines stay sharp. */
  sizeCanvases(w: number, h: number): void {
    const { canvas, overlay } = this.layers;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
    overlay.width = canvas.width;
    overlay.height = canvas.height;
    overlay.style.width = `${w}px`;
    overlay.style.height = `${h}px`;
  }

  /** Colors and font come from CSS, which changes with the theme. */
  readonly refreshTheme = (): void => {
    this.fontFamily = getComputedStyle(this.layers.root).fontFamily || 'sans-serif';
    this.palette = readPalette(this.layers.root);
    this.colors = bucketColors(this.palette);
    this.request();
  };

  /** Redraws the hover layer only. */
  requestOverlay(): void {
    const keep = this.staticDirty;
    this.request();
    this.staticDirty = keep;
  }

  request(): void {
    this.staticDirty = true;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
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
    const { transform } = this.state;
    const k = transform.k / at.k;
    const css = `translate(${transform.x - at.x * k}px, ${transform.y - at.y * k}px) scale(${k})`;
    this.layers.canvas.style.transform = css;
    this.layers.overlay.style.transform = css;
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      this.request();
    }, SETTLE_MS);
  }

  private draw(): void {
    const s = this.state;
    const { canvas, overlay, root } = this.layers;
    if (this.dirtyPositions) {
      this.dirtyPositions = false;
      // (Canvas nodes: nodeEls is empty, positions are drawn below.)
      for (let i = 0; i < s.nodeEls.length; i++) {
        s.nodeEls[i]!.setAttribute('transform', `translate(${s.xs[i]!.toFixed(1)},${s.ys[i]!.toFixed(1)})`);
      }
    }
    if (this.dirtyLabels) {
      this.dirtyLabels = false;
      this.updateLabels();
    }
    const ctx = canvas.getContext('2d');
    const octx = overlay.getContext('2d');
    if (!ctx || !octx) return;
    const dpr = window.devicePixelRatio || 1;
    const view = s.view();
    const marks = {
      hover: -1,
      highlight: -1,
      pinned: (i: number) => s.pinned.has(s.scene.nodes[i]?.id ?? ''),
      labels: this.labelsShown,
      labelPx: this.labelPx,
      font: `${this.labelPx}px ${this.fontFamily}`,
    };
    if (this.staticDirty) {
      this.staticDirty = false;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, s.width, s.height);
      const skip = s.heavy() ? s.dragging : -1;
      drawEdges(ctx, s.scene, s.xs, s.ys, view, this.colors, this.palette.accent, { node: -1, edge: -1, skipNode: skip });
      if (s.canvasNodes) drawNodes(ctx, s.scene, s.xs, s.ys, view, dpr, this.palette, { ...marks, skip });
      canvas.style.transform = '';
      overlay.style.transform = '';
      this.drawnAt = s.transform;
    }
    octx.setTransform(dpr, 0, 0, dpr, 0, 0);
    octx.clearRect(0, 0, s.width, s.height);
    const emphasisNode = s.hoverNode >= 0 ? s.hoverNode : s.highlighted;
    if (emphasisNode >= 0 || s.hoverEdge >= 0) {
      const edges = emphasisNode >= 0 ? (s.scene.edgesOf[emphasisNode] ?? []) : [];
      if (emphasisNode >= 0) {
        // Fade everything else with one translucent wash instead of redrawing it.
        octx.globalAlpha = 0.6;
        octx.fillStyle = this.palette.bg;
        octx.fillRect(0, 0, s.width, s.height);
        octx.globalAlpha = 1;
      }
      drawEdges(octx, s.scene, s.xs, s.ys, view, this.colors, this.palette.accent, {
        node: -1,
        edge: s.hoverEdge,
        only: edges,
      });
      if (s.canvasNodes) {
        const near = new Set<number>([emphasisNode]);
        for (const e of edges) near.add(s.scene.ends[e * 2]!).add(s.scene.ends[e * 2 + 1]!);
        if (s.hoverEdge >= 0) near.add(s.scene.ends[s.hoverEdge * 2]!).add(s.scene.ends[s.hoverEdge * 2 + 1]!);
        near.delete(-1);
        drawNodes(octx, s.scene, s.xs, s.ys, view, dpr, this.palette, {
          ...marks,
          hover: s.hoverNode,
          highlight: s.highlighted,
          labels: true,
          only: [...near],
        });
      }
    }
    root.dataset.emphasis = emphasisNode >= 0 ? (s.scene.nodes[emphasisNode]?.id ?? '') : '';
  }

  /**
   * Labels keep a readable size on screen whatever the zoom (never below 11 px), and on
   * big graphs they show only when zoomed in far enough to not pile up; the hovered,
   * highlighted and pinned nodes keep theirs (CSS).
   */
  private updateLabels(): void {
    const k = this.state.transform.k;
    const n = this.state.scene.nodes.length;
    const threshold = n <= 60 ? 0 : n <= 300 ? 0.55 : 1.3;
    const show = k >= threshold;
    const screenPx = Math.min(15, Math.max(LABEL_PX, LABEL_PX * k));
    this.labelPx = Math.round(screenPx);
    if (show !== this.labelsShown || this.state.canvasNodes) {
      this.labelsShown = show;
      this.layers.svg.classList.toggle('sg--labels-hidden', !show);
    }
    if (this.state.canvasNodes) return;
    const { nodeLayer } = this.layers;
    nodeLayer.style.fontSize = `${(screenPx / k).toFixed(2)}px`;
    nodeLayer.style.setProperty('--sg-halo', `${(3 / k).toFixed(2)}px`);
  }
}
