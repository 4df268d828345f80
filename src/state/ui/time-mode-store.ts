import { create } from 'zustand';
import { parseTimeMode, type TimeMode } from '../../lib/clock-label';

/**
 * How the trace page shows times (relative to the trace start, local, UTC), read by the
 * waterfall's axis and the span details alike. Remembered in localStorage as a preference;
 * a `time=` URL parameter overrides it for the page that carries it.
 */
const STORAGE_KEY = 'tracescope.timeMode';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // blocked storage (privacy settings, sandboxed frames)
  }
}

function readStored(): TimeMode {
  try {
    return parseTimeMode(storage()?.getItem(STORAGE_KEY)) ?? 'rel';
  } catch {
    return 'rel';
  }
}

interface TimeModeState {
  readonly mode: TimeMode;
  setMode(mode: TimeMode): void;
}

export const useTimeModeStore = create<TimeModeState>()((set) => ({
  mode: readStored(),
  setMode: (mode) => {
    try {
      storage()?.setItem(STORAGE_KEY, mode);
    } catch {
      // Quota or blocked storage: the mode still applies to this tab.
    }
    set({ mode });
  },
}));

/** The current time mode (a selector, so components re-render only when it changes). */
export const useTimeMode = (): TimeMode => useTimeModeStore((s) => s.mode);
