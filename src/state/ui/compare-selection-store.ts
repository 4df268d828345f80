import { create } from 'zustand';

/** A trace picked for comparison (from any list of results). */
export interface ComparePick {
  readonly traceId: string;
  readonly sourceId: string;
}

interface CompareSelectionState {
  /** At most two, oldest first: picking a third lets go of the oldest. */
  readonly picks: readonly ComparePick[];
  toggle(pick: ComparePick): void;
  clear(): void;
}

const same = (a: ComparePick, b: ComparePick) => a.traceId === b.traceId && a.sourceId === b.sourceId;

export const useCompareSelection = create<CompareSelectionState>()((set) => ({
  picks: [],
  toggle: (pick) =>
    set((s) =>
      s.picks.some((p) => same(p, pick))
        ? { picks: s.picks.filter((p) => !same(p, pick)) }
        : { picks: [...s.picks, pick].slice(-2) },
    ),
  clear: () => set({ picks: [] }),
}));
