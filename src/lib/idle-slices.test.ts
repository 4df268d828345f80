import { afterEach, describe, expect, it, vi } from 'vitest';
import { inIdleSlices } from './idle-slices';

/** A stand-in requestIdleCallback whose idle periods the test hands out. */
function fakeIdle() {
  const queue = new Map<number, IdleRequestCallback>();
  let next = 1;
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => (queue.set(next, cb), next++));
  vi.stubGlobal('cancelIdleCallback', (id: number) => queue.delete(id));
  return {
    pending: () => queue.size,
    /** One idle period of `ms`, or a timed-out call with none. */
    idle(ms: number, didTimeout = false) {
      const [id, cb] = [...queue][0]!;
      queue.delete(id);
      const end = performance.now() + ms;
      cb({ didTimeout, timeRemaining: () => Math.max(0, end - performance.now()) });
    },
  };
}

/** Work of `units` steps, one per keepGoing() check. */
function steps(units: number) {
  let done = 0;
  const perSlice: number[] = [];
  const work = (keepGoing: () => boolean) => {
    let n = 0;
    do {
      done++;
      n++;
    } while (done < units && keepGoing());
    perSlice.push(n);
    return done >= units;
  };
  return { work, perSlice, done: () => done };
}

describe('inIdleSlices', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('goes on in the next idle period until the work says it is done', () => {
    const idle = fakeIdle();
    const job = steps(3);
    inIdleSlices(job.work);
    idle.idle(0);
    idle.idle(0);
    expect(idle.pending()).toBe(1);
    idle.idle(0);
    expect(job.done()).toBe(3);
    expect(idle.pending()).toBe(0);
  });

  it('works while the idle period lasts', () => {
    const idle = fakeIdle();
    const job = steps(1_000_000_000);
    inIdleSlices(job.work);
    idle.idle(20);
    expect(job.perSlice[0]).toBeGreaterThan(1);
  });

  it('does a few ms when the page was not idle before the timeout', () => {
    const idle = fakeIdle();
    const job = steps(1_000_000_000);
    inIdleSlices(job.work, { timeoutMs: 1000 });
    idle.idle(0, true);
    expect(job.perSlice[0]).toBeGreaterThan(1);
    expect(idle.pending()).toBe(1);
  });

  it('stops when told to', () => {
    const idle = fakeIdle();
    const stop = inIdleSlices(steps(5).work);
    stop();
    expect(idle.pending()).toBe(0);
  });

  it('without requestIdleCallback, does it all after the fallback delay', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const job = steps(50);
    inIdleSlices(job.work, { fallbackDelayMs: 500 });
    vi.advanceTimersByTime(499);
    expect(job.done()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(job.done()).toBe(50);
    vi.useRealTimers();
  });
});
