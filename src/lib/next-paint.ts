/**
 * Resolves after the browser has had the chance to paint (a frame, then a task), so a message
 * set just before long work is on screen while the work runs. Without frames (a hidden tab,
 * a worker) it waits one task, or 50 ms at most.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 50);
    const done = () => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(done);
    else done();
  });
}
