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
      setParams(() => encodeTraceView(patch, liveParams()), { replace: options.replace ?? false }),
    [setParams],
  );
  return [view, update] as const;
}

/**
 * The query of the URL as it is now. The router's `prev` is the one of the last render:
 * a write from a timer or a second write in the same tick (before React re-renders, which
 * navigations do in a transition) would undo the one before. The history API updates
 * window.location at once; hash routing keeps the route's query inside the hash.
 */
function liveParams(): URLSearchParams {
  const { hash, search } = window.location;
  if (hash.startsWith('#/')) {
    const q = hash.indexOf('?');
    return new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
  }
  return new URLSearchParams(search);
}
