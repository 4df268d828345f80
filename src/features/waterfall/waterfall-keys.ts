import type { Trace } from '../../model/types';

/** What the waterfall's keys can do; the waterfall fills it in on each key press. */
export interface WaterfallKeyContext {
  readonly trace: Trace;
  /** Span indices in display order. */
  readonly rows: Int32Array;
  /** Row of each span, -1 when hidden. */
  readonly positions: Int32Array;
  readonly selectedIndex: number | null;
  readonly collapsed: ReadonlySet<number>;
  /** Rows in one page of the list. */
  readonly pageRows: number;
  select(index: number | null): void;
  setCollapsed(index: number, collapsed: boolean): void;
  toggle(index: number): void;
  openDetails(index: number): void;
  nextMatch?: () => void;
  prevMatch?: () => void;
  zoomToSpan(index: number): void;
  zoomBy(factor: number): void;
  pan(windows: number): void;
  resetZoom(): void;
  focus(index: number | null): void;
  toggleHelp(): void;
}

export interface KeyPress {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

/**
 * Runs the action bound to a key; true when the key was used (the caller then prevents the
 * default). Browser shortcuts (Ctrl/⌘/Alt + key) are left alone. The list the help overlay
 * shows is WATERFALL_KEYS in keyboard-help.tsx; keep both in step.
 */
export function runWaterfallKey(e: KeyPress, ctx: WaterfallKeyContext): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  const { rows, positions, selectedIndex, trace } = ctx;
  const sel = selectedIndex === null ? undefined : trace.spans[selectedIndex];
  const pos = selectedIndex === null ? -1 : (positions[selectedIndex] ?? -1);
  const go = (p: number) => {
    if (rows.length > 0) ctx.select(rows[Math.max(0, Math.min(rows.length - 1, p))]!);
  };
  switch (e.key) {
    case 'ArrowDown':
      go(pos + 1);
      return true;
    case 'ArrowUp':
      go(pos < 0 ? 0 : pos - 1);
      return true;
    case 'PageDown':
      go(pos + ctx.pageRows);
      return true;
    case 'PageUp':
      go(pos - ctx.pageRows);
      return true;
    case 'Home':
      go(0);
      return true;
    case 'End':
      go(rows.length - 1);
      return true;
    case 'ArrowRight':
      if (!sel || sel.children.length === 0) return false;
      if (ctx.collapsed.has(sel.index)) ctx.setCollapsed(sel.index, false);
      else ctx.select(sel.children[0]!);
      return true;
    case 'ArrowLeft':
      if (!sel) return false;
      if (sel.children.length > 0 && !ctx.collapsed.has(sel.index)) ctx.setCollapsed(sel.index, true);
      else if (sel.parentIndex >= 0 && (positions[sel.parentIndex] ?? -1) >= 0) ctx.select(sel.parentIndex);
      return true;
    case ' ':
      if (!sel || sel.children.length === 0) return false;
      ctx.toggle(sel.index);
      return true;
    case 'Enter':
      if (!sel) return false;
      ctx.openDetails(sel.index);
      return true;
    case 'Escape':
      ctx.select(null);
      return true;
    case 'n':
    case 'N': {
      const step = e.key === 'N' || e.shiftKey ? ctx.prevMatch : ctx.nextMatch;
      if (!step) return false;
      step();
      return true;
    }
    case 'z':
      if (!sel) return false;
      ctx.zoomToSpan(sel.index);
      return true;
    case '+':
    case '=':
      ctx.zoomBy(1.5);
      return true;
    case '-':
    case '_':
      ctx.zoomBy(1 / 1.5);
      return true;
    case '[':
      ctx.pan(-0.25);
      return true;
    case ']':
      ctx.pan(0.25);
      return true;
    case '0':
      ctx.resetZoom();
      return true;
    case 'f':
      if (!sel) return false;
      ctx.focus(sel.index);
      return true;
    case 'F':
      ctx.focus(null);
      return true;
    case '?':
      ctx.toggleHelp();
      return true;
    default:
      return false;
  }
}
