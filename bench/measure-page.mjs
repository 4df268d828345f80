// In-page measurements, each run through page.evaluate. They read the DOM only through
// the test ids the harness contract names (data-testid="span-row" and the toolbar's).

/**
 * Installed before the app loads: records when the first waterfall row appears (a big trace
 * shows its first rows while the rest of it opens) and when the full, interactive waterfall
 * does (`ready`).
 */
export function recordFirstRow() {
  window.__bench = { firstRow: null, ready: null, longTasks: [] };
  new PerformanceObserver((list) => {
    // Entries arrive some time after the task: keep when each started, to count the tasks
    // that started inside a measured window (not ones reported late from before it).
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const mo = new MutationObserver(() => {
    if (window.__bench.firstRow === null && document.querySelector('[data-testid="span-row"]')) {
      window.__bench.firstRow = performance.now();
    }
    // FULL_VIEW_ROW, written out: this function runs in the page, without this module.
    if (document.querySelector('[data-testid="waterfall-body"] [data-testid="span-row"]')) {
      window.__bench.ready = performance.now();
      mo.disconnect();
    }
  });
  mo.observe(document, { childList: true, subtree: true });
}

/** A row of the full waterfall, not of the preview a big trace shows while it opens. */
export const FULL_VIEW_ROW = '[data-testid="waterfall-body"] [data-testid="span-row"]';

/**
 * When the page's own loading happened, from its resource timings: the app's script requested
 * (the HTML is in), the trace requested (the app has booted), the trace's first and last byte.
 * A slow run shows here whether the page, the servers or the machine was slow.
 */
export function loadMoments() {
  const entries = performance.getEntriesByType('resource');
  const script = entries.find((e) => e.initiatorType === 'script' && e.name.endsWith('.js'));
  const trace = entries.find((e) => e.name.includes('/api/v3/traces/'));
  const ms = (v) => (v === undefined ? undefined : Math.round(v));
  return { scriptAtMs: ms(script?.startTime), traceAtMs: ms(trace?.startTime), firstByteMs: ms(trace?.responseStart), lastByteMs: ms(trace?.responseEnd) };
}

/** Fetching the same payload and JSON.parse-ing it: the floor for "first rows". */
export async function fetchAndParse(url) {
  const t0 = performance.now();
  const text = await (await fetch(url, { cache: 'no-store' })).text();
  JSON.parse(text);
  return performance.now() - t0;
}

/**
 * How a person scrolls a long waterfall: fast wheel/trackpad flicks (120 px, about five rows,
 * per frame) at ten places spread over the whole trace, reached by jumps as when dragging the
 * scrollbar. Frames per second and long tasks over the flicks.
 */
export async function flickThrough({ segments, framesPerSegment, step }) {
  const el = (() => {
    const row = document.querySelector('[data-testid="span-row"]');
    let e = row?.parentElement ?? null;
    while (e && !(e.scrollHeight > e.clientHeight + 10 && getComputedStyle(e).overflowY !== 'visible')) e = e.parentElement;
    return e;
  })();
  if (!el) return { fps: NaN, frames: 0, longTasks: 0, maxLongTaskMs: 0 };
  const total = el.scrollHeight - el.clientHeight;
  const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
  let frames = 0;
  let elapsed = 0;
  const windows = [];
  let jumpMs = 0;
  for (let s = 0; s < segments; s++) {
    const jumpAt = performance.now();
    el.scrollTop = Math.floor((total * s) / segments);
    // Let the jump render and settle; it is not part of the flick, but its frame is timed
    // (dragging the scrollbar far is a jump).
    await nextFrame();
    await nextFrame();
    jumpMs = Math.max(jumpMs, performance.now() - jumpAt);
    await new Promise((r) => setTimeout(r, 50));
    await nextFrame();
    const t0 = performance.now();
    for (let f = 0; f < framesPerSegment; f++) {
      el.scrollTop = Math.min(total, el.scrollTop + step);
      frames++;
      await nextFrame();
    }
    const t1 = performance.now();
    elapsed += t1 - t0;
    windows.push([t0, t1]);
  }
  // Let late long-task entries arrive, then keep those that started inside a flick.
  await new Promise((r) => setTimeout(r, 200));
  const inFlicks = window.__bench.longTasks.filter((t) => windows.some(([a, b]) => t.start >= a && t.start < b));
  const tasks = inFlicks.map((t) => t.duration);
  // Which flick (0-based) each long task started in: a task in the first one only points at
  // work left over from opening the trace rather than at scrolling.
  const taskFlicks = inFlicks.map((t) => windows.findIndex(([a, b]) => t.start >= a && t.start < b));
  return { fps: (frames / elapsed) * 1000, frames, longTasks: tasks.length, maxLongTaskMs: Math.max(0, ...tasks), maxJumpMs: jumpMs, taskFlicks };
}

/** Scrolls the waterfall top to bottom in `maxFrames` frames: a new screen of rows every frame. */
export async function scrollThrough(maxFrames) {
  // Each function here is sent to the page on its own (page.evaluate): no shared helpers.
  const row = document.querySelector('[data-testid="span-row"]');
  let el = row?.parentElement ?? null;
  while (el && !(el.scrollHeight > el.clientHeight + 10 && getComputedStyle(el).overflowY !== 'visible')) el = el.parentElement;
  if (!el) return { fps: NaN, frames: 0, longTasks: 0, maxLongTaskMs: 0, scrolledPx: 0 };
  const total = el.scrollHeight - el.clientHeight;
  const step = Math.max(120, Math.ceil(total / maxFrames));
  let frames = 0;
  const t0 = performance.now();
  await new Promise((resolve) => {
    const tick = () => {
      frames++;
      el.scrollTop = Math.min(total, el.scrollTop + step);
      if (el.scrollTop >= total - 1) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Let the last frame render.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const elapsed = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 200));
  const tasks = window.__bench.longTasks.filter((t) => t.start >= t0 && t.start < t0 + elapsed).map((t) => t.duration);
  return { fps: (frames / elapsed) * 1000, frames, longTasks: tasks.length, maxLongTaskMs: Math.max(0, ...tasks), scrolledPx: total };
}

/** Clicks a toolbar button and waits for the next painted frame. */
export async function timeClick(testId) {
  const button = document.querySelector(`[data-testid="${testId}"]`);
  if (!button) return NaN;
  const t0 = performance.now();
  button.click();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
}

/** Types into the in-trace search box and waits until the match count shows a result. */
export async function timeSearch({ inputTestId, countTestId, text }) {
  const input = document.querySelector(`[data-testid="${inputTestId}"]`);
  if (!input) return NaN;
  const count = () => document.querySelector(`[data-testid="${countTestId}"]`)?.textContent ?? '';
  const before = count();
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const t0 = performance.now();
  setter.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => {
    const deadline = t0 + 10_000;
    const poll = () => (count() !== before || performance.now() > deadline ? resolve() : requestAnimationFrame(poll));
    poll();
  });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
}
