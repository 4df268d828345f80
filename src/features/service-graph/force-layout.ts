import type { ForceIn, ForceTick } from './force-messages';
import type { GraphScene } from './graph-scene';

/**
 * The page's handle on the force-layout worker: one worker per graph view, restarted with
 * each graph, positions delivered as they come. Pins from dragging are coalesced to one
 * message per animation frame.
 */
export class ForceLayout {
  onPositions: (positions: Float32Array, done: boolean) => void = () => {};
  private worker: Worker | null = null;
  private pendingPin: ForceIn | null = null;
  private pinFrame = 0;
  private run = 0;

  private ensure(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./force-layout.worker.ts', import.meta.url), { type: 'module', name: 'force-layout' });
      this.worker.onmessage = (event: MessageEvent<ForceTick>) => {
        if (event.data.type === 'tick' && event.data.run === this.run) this.onPositions(event.data.positions, event.data.done);
      };
    }
    return this.worker;
  }

  start(scene: GraphScene, initial: Float32Array, pinned: readonly (readonly [number, number, number])[]): void {
    const radii = Float32Array.from(scene.radii);
    const links = Uint32Array.from(scene.ends);
    const message: ForceIn = { type: 'start', run: ++this.run, radii, links, initial, pinned };
    this.pendingPin = null;
    this.ensure().postMessage(message, [radii.buffer, links.buffer, initial.buffer]);
  }

  pin(index: number, x: number, y: number, reheat: boolean): void {
    this.pendingPin = { type: 'pin', index, x, y, reheat };
    if (this.pinFrame) return;
    this.pinFrame = requestAnimationFrame(() => {
      this.pinFrame = 0;
      if (this.pendingPin) this.worker?.postMessage(this.pendingPin);
      this.pendingPin = null;
    });
  }

  unpin(index: number): void {
    this.worker?.postMessage({ type: 'unpin', index } satisfies ForceIn);
  }

  stop(): void {
    this.worker?.postMessage({ type: 'stop' } satisfies ForceIn);
  }

  dispose(): void {
    cancelAnimationFrame(this.pinFrame);
    this.worker?.terminate();
    this.worker = null;
  }
}
