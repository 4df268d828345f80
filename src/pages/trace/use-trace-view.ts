import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  decodeTraceView,
  encodeTraceView,
  type TraceViewState,
} from '../../state/url/trace-view-codec';

/**
 * The trace page's view state, read from and written to the URL through the typed codec.
 * `replace` for moves that should not each become a history entry (keyboard stepping).
 */
export function useTraceView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => decodeTraceView(params), [params]);
  const update = useCallback(
    (patch: Partial<TraceViewState>, options: { replace?: boolean } = {}) =>
      setParams((prev) => encodeTraceView(patch, prev), { replace: options.replace ?? false }),
    [setParams],
  );
  return [view, update] as const;
}
