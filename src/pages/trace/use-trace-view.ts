import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { addressShowsRoute, liveParams } from '../../state/url/live-address';
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
  const { pathname } = useLocation();
  const view = useMemo(() => decodeTraceView(params), [params]);
  // Built on the query as it is now: the router's `prev` is the one of the last render, and a
  // write from a timer or a second write in the same tick would undo the one before. Skipped
  // once the address has left this trace: it would take the user back.
  const update = useCallback(
    (patch: Partial<TraceViewState>, options: { replace?: boolean } = {}) => {
      if (!addressShowsRoute(window.location, { pathname })) return;
      setParams(() => encodeTraceView(patch, liveParams()), { replace: options.replace ?? false });
    },
    [setParams, pathname],
  );
  return [view, update] as const;
}
