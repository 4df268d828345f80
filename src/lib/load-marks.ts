/**
 * The phases of opening a big trace, as User Timing marks ("tracescope:<phase>"): DevTools'
 * performance panel shows them on its timeline, and bench/profile-first-rows.mjs prints them,
 * so where the time to the first rows goes is read, not guessed. Only the latest load's marks
 * are kept: a long session does not grow the page's timeline buffer.
 */
export type LoadPhase =
  /** The answer's last byte was read. */
  | 'body-read'
  /** Its skeleton (ids, times, where each span is) was made from its bytes. */
  | 'skeleton'
  /** The preview's rows were laid out and handed to the page. */
  | 'preview'
  /** The whole trace was decoded and built. */
  | 'decoded';

export function markLoadPhase(phase: LoadPhase): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  const name = `tracescope:${phase}`;
  performance.clearMarks(name);
  performance.mark(name);
}
