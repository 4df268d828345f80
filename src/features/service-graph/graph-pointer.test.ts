// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphPointer, type PointerParts } from './graph-pointer';

/** Animation frames held until the test runs them. */
function holdFrames() {
  const frames = new Map<number, FrameRequestCallback>();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    frames.set(next, cb);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  return frames;
}

function pointerOnSvg() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  const onHover = vi.fn();
  // Only what a hover reads; anything else would fail the test loudly.
  const state = { canvasNodes: false, dragging: -1, hoverNode: -1, hoverEdge: -1, nodeEls: [], scene: { edges: [] }, view: () => ({ k: 1, x: 0, y: 0 }) };
  const parts = { svg, state, callbacks: { onHover }, painter: { requestOverlay: vi.fn() } } as unknown as PointerParts;
  const pointer = new GraphPointer(parts);
  pointer.listen();
  return { svg, pointer, onHover };
}

const move = () => new MouseEvent('pointermove', { clientX: 5, clientY: 5, bubbles: true });

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('GraphPointer.dispose', () => {
  it('drops a hover still waiting for its frame, and hears no more pointer events', () => {
    const frames = holdFrames();
    const { svg, pointer, onHover } = pointerOnSvg();
    svg.dispatchEvent(move());
    expect(frames.size).toBe(1);

    pointer.dispose();
    expect(frames.size).toBe(0);
    svg.dispatchEvent(move());
    svg.dispatchEvent(new MouseEvent('pointerleave'));
    expect(frames.size).toBe(0);
    expect(onHover).not.toHaveBeenCalled();
  });
});
