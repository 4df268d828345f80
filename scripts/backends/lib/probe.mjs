// Small network probes shared by the backend scripts and the demo system.
import { connect } from 'node:net';

/** GET `url`; resolves to the status code, or 0 when nothing answers. */
export async function httpStatus(url, timeoutMs = 2000) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/** True when something accepts TCP connections on 127.0.0.1:`port`. */
export function portInUse(port, host = '127.0.0.1') {
  return new Promise((resolvePromise) => {
    const socket = connect({ port, host });
    const done = (result) => {
      socket.destroy();
      resolvePromise(result);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `url` until it answers 200, `isAlive()` turns false, or `timeoutMs` passes.
 * Returns 'ready' | 'exited' | 'timeout'.
 */
export async function waitReady(url, { timeoutMs, isAlive = () => true, intervalMs = 500 }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await httpStatus(url)) === 200) return 'ready';
    if (!isAlive()) return 'exited';
    await sleep(intervalMs);
  }
  return 'timeout';
}
