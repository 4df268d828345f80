import { create } from 'zustand';
import type { TraceLoadProgress } from './trace-worker-messages';

/** Progress of trace loads in flight, by source and trace, for the loading screen. */
interface ProgressState {
  readonly byKey: Readonly<Record<string, TraceLoadProgress>>;
}

const useStore = create<ProgressState>(() => ({ byKey: {} }));
const keyOf = (sourceId: string, traceId: string) => `${sourceId}\u0000${traceId}`;

export function setTraceLoadProgress(sourceId: string, traceId: string, progress: TraceLoadProgress | null): void {
  const key = keyOf(sourceId, traceId);
  useStore.setState((s) => {
    const byKey = { ...s.byKey };
    if (progress) byKey[key] = progress;
    else delete byKey[key];
    return { byKey };
  });
}

export function useTraceLoadProgress(sourceId: string, traceId: string): TraceLoadProgress | null {
  return useStore((s) => s.byKey[keyOf(sourceId, traceId)] ?? null);
}
