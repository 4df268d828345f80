export interface IdleSliceOptions {
  /** Where there is no requestIdleCallback: wait this long (ms), then do all of the work at once. */
  readonly fallbackDelayMs?: number;
  /**
   * Run a slice after this long (ms) even if the page is never idle; such a slice works for
   * ~5 ms. Without it, work waits for idle time however long that takes.
   */
  readonly timeoutMs?: number;
}

/** The work a slice does when the page was not idle within the timeout. */
const TIMED_OUT_SLICE_MS = 5;

/**
 * Runs `work` in slices of the browser's idle time until it is done: each call does what it
 * can while `keepGoing()` says so and returns true once finished. Long work on a big trace
 * (search text, attribute counts) then never makes a task that scrolling or a click waits on.
 * Returns a function that stops it.
 */
export function inIdleSlices(work: (keepGoing: () => boolean) => boolean, options: IdleSliceOptions = {}): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(() => work(() => true), options.fallbackDelayMs ?? 0);
    return () => clearTimeout(timer);
  }
  const request = options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs };
  let id = 0;
  const slice = (deadline: IdleDeadline) => {
    const until = deadline.didTimeout ? performance.now() + TIMED_OUT_SLICE_MS : 0;
    if (!work(() => deadline.timeRemaining() > 2 || performance.now() < until)) id = requestIdleCallback(slice, request);
  };
  id = requestIdleCallback(slice, request);
  return () => cancelIdleCallback(id);
}
