import { useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { CompareView } from '../../features/trace-compare/compare-view';
import { ONLY_CHANGES_PARAM, SOURCE_B_PARAM } from '../../features/trace-compare/compare-url';
import { LookupStatus } from '../../features/source-lookup/lookup-status';
import { parseTraceSegment } from '../../state/url/jaeger-links';
import { SOURCE_PARAM } from '../../state/url/source-param';
import { EmptyState } from '../../ui/empty-state';
import { ErrorPanel } from '../../ui/error-panel';
import { Spinner } from '../../ui/spinner';
import { useTraceAnywhere, type TraceAnywhere } from '../../state/server/use-trace-anywhere';

const traceHref = (traceId: string, sourceId: string) => `/trace/${traceId}?${SOURCE_PARAM}=${encodeURIComponent(sourceId)}`;

function SideProblem({ label, traceId, side }: { label: string; traceId: string; side: Extract<TraceAnywhere, { status: 'error' }> }) {
  if (side.answers) return <LookupStatus traceId={traceId} answers={side.answers} settled />;
  return <ErrorPanel error={side.error} context={`Opening trace ${label} (${traceId})`} />;
}

/**
 * `/compare/<a>...<b>?source=…[&sourceB=…][&only=1]`: two traces aligned by service and
 * operation path. Without `source=`, each id is looked up in every source.
 */
export function ComparePage() {
  const { ids = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const segment = parseTraceSegment(ids);
  const sourceA = params.get(SOURCE_PARAM) || null;
  const sourceB = params.get(SOURCE_B_PARAM) || sourceA;
  const a = segment.kind === 'compare' ? segment.a : segment.traceId;
  const b = segment.kind === 'compare' ? segment.b : '';
  const sideA = useTraceAnywhere(a, sourceA);
  const sideB = useTraceAnywhere(b, sourceB);
  const onlyChanges = params.get(ONLY_CHANGES_PARAM) === '1';

  useEffect(() => {
    document.title = `Compare ${a.slice(0, 8)} … ${b.slice(0, 8)} · Tracescope`;
  }, [a, b]);

  if (segment.kind !== 'compare') {
    return (
      <div className="page-message" data-testid="compare-bad-link">
        <EmptyState title="A comparison needs two trace ids">
          Use <code>/compare/&lt;trace id A&gt;...&lt;trace id B&gt;</code>, or tick <strong>compare</strong> on two search
          results. <Link to={traceHref(a, sourceA ?? '')}>Open {a} alone</Link>.
        </EmptyState>
      </div>
    );
  }
  if (sideA.status === 'error' || sideB.status === 'error') {
    return (
      <div className="page-message" data-testid="compare-error">
        {sideA.status === 'error' ? <SideProblem label="A" traceId={a} side={sideA} /> : null}
        {sideB.status === 'error' ? <SideProblem label="B" traceId={b} side={sideB} /> : null}
      </div>
    );
  }
  if (sideA.status !== 'ready' || sideB.status !== 'ready') {
    return (
      <div className="page-message" data-testid="compare-loading">
        <Spinner label="Loading both traces…" />
      </div>
    );
  }
  return (
    <CompareView
      a={sideA.trace}
      b={sideB.trace}
      hrefA={traceHref(a, sideA.sourceId)}
      hrefB={traceHref(b, sideB.sourceId)}
      onlyChanges={onlyChanges}
      onOnlyChanges={(on) =>
        setParams(
          (prev) => {
            const next = new URLSearchParams(prev);
            if (on) next.set(ONLY_CHANGES_PARAM, '1');
            else next.delete(ONLY_CHANGES_PARAM);
            return next;
          },
          { replace: true },
        )
      }
    />
  );
}
