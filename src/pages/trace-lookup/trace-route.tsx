import { useEffect, useRef } from 'react';
import { Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { isMergedSourceId } from '../../adapters/merged/merged-adapter';
import { FoundElsewhereBanner } from '../../features/source-lookup/found-elsewhere-banner';
import { LookupStatus } from '../../features/source-lookup/lookup-status';
import { useTraceLookup } from '../../state/server/trace-lookup';
import { jaegerRedirect, parseTraceSegment } from '../../state/url/jaeger-links';
import { SOURCE_PARAM } from '../../state/url/source-param';
import { TracePage } from '../trace/trace-page';
import './trace-route.css';

/** Router state set when a lookup opened the trace, so the banner keeps listening. */
interface LookupState {
  readonly lookup?: boolean;
}

/**
 * `/trace/:traceId`. With `?source=` it is the trace page. Without, the id is looked up in
 * every configured source at once; the first to have it opens (`source=` added, replacing
 * the history entry) and a banner names the other sources that have it, with a merged view
 * (`source=a,b`). `/trace/<a>...<b>` (Jaeger UI's compare link) goes to `/compare`.
 */
export function TraceRoute() {
  const { traceId: rawId = '' } = useParams();
  const location = useLocation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const sourceId = params.get(SOURCE_PARAM) ?? '';
  const fromLookup = (location.state as LookupState | null)?.lookup === true;
  const segment = parseTraceSegment(rawId);
  const traceId = segment.kind === 'single' ? segment.traceId : '';
  // Sticky per trace id: selecting a span rewrites the URL without the router state, and the
  // banner (and the lookups it reads) should stay for as long as this trace is shown.
  const lookupFor = useRef<string | null>(null);
  if (segment.kind === 'single' && (sourceId === '' || fromLookup)) lookupFor.current = traceId;
  const lookingUp = segment.kind === 'single' && lookupFor.current === traceId;
  const lookup = useTraceLookup(traceId, lookingUp);
  const first = lookup.found[0]?.sourceId;

  const hrefWithSource = (id: string) => {
    const next = new URLSearchParams(params);
    next.set(SOURCE_PARAM, id);
    return `${location.pathname}?${next.toString()}`;
  };

  useEffect(() => {
    if (sourceId === '' && first !== undefined) {
      const next = new URLSearchParams(location.search);
      next.set(SOURCE_PARAM, first);
      navigate({ pathname: location.pathname, search: `?${next.toString()}` }, { replace: true, state: { lookup: true } });
    }
  }, [sourceId, first, location.pathname, location.search, navigate]);

  const redirect = jaegerRedirect(location.pathname, location.search);
  if (redirect) return <Navigate to={redirect} replace />;
  if (sourceId === '') return <LookupStatus traceId={traceId} answers={lookup.answers} settled={lookup.settled} />;
  // One tree shape whether or not the banner shows, so the trace page never remounts.
  return (
    <div className="trace-route">
      {lookingUp || isMergedSourceId(sourceId) ? (
        <FoundElsewhereBanner sourceId={sourceId} lookup={lookup} hrefWithSource={hrefWithSource} />
      ) : null}
      <TracePage />
    </div>
  );
}
