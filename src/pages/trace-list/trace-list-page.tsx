import { Link, useSearchParams } from 'react-router-dom';
import { CompareBar, CompareCheckbox } from '../../features/trace-compare/compare-picker';
import { formatDuration, formatTimestamp } from '../../lib/format-time';
import { serviceColor } from '../../lib/service-color';
import { summarizeTrace } from '../../model/summarize';
import { useAppConfig } from '../../state/server/app-config';
import { useTraceAnywhere } from '../../state/server/use-trace-anywhere';
import { MAX_TRACE_ID_LIST, type TraceIdList } from '../../state/url/jaeger-links';
import { SOURCE_PARAM } from '../../state/url/source-param';
import { Spinner } from '../../ui/spinner';
import './trace-list-page.css';

function TraceIdRow({ traceId, sourceId }: { traceId: string; sourceId: string | null }) {
  const config = useAppConfig();
  const got = useTraceAnywhere(traceId, sourceId);
  if (got.status === 'loading') {
    return (
      <li className="trace-list__row" data-testid="trace-list-row" data-trace-id={traceId}>
        <span className="mono">{traceId}</span>
        <Spinner label="Loading…" />
      </li>
    );
  }
  if (got.status === 'error') {
    const why = got.answers
      ? got.answers.map((a) => `${a.name}: ${a.status === 'missing' ? a.reason : a.status}`).join('; ')
      : got.error instanceof Error
        ? got.error.message
        : String(got.error);
    return (
      <li className="trace-list__row trace-list__row--missing" data-testid="trace-list-row" data-trace-id={traceId}>
        <span className="mono">{traceId}</span>
        <span className="trace-list__why">not found ({why})</span>
      </li>
    );
  }
  const s = summarizeTrace(got.trace);
  const sourceName = config.sources.find((x) => x.id === got.sourceId)?.name ?? got.sourceId;
  return (
    <li className="trace-list__row" data-testid="trace-list-row" data-trace-id={traceId}>
      <span className="trace-list__swatch" style={{ background: serviceColor(s.rootService) }} />
      <Link className="trace-list__title" to={`/trace/${traceId}?${SOURCE_PARAM}=${encodeURIComponent(got.sourceId)}`}>
        {s.rootService}: {s.rootName}
      </Link>
      <span className="mono trace-list__id">{traceId.slice(0, 8)}</span>
      <span>{formatDuration(s.durationUs)}</span>
      <span>
        {s.spanCount} spans{s.errorCount ? `, ${s.errorCount} errors` : ''}
      </span>
      <span className="trace-list__time">{formatTimestamp(s.startUs)}</span>
      <span className="trace-list__source">{sourceName}</span>
      <CompareCheckbox traceId={traceId} sourceId={got.sourceId} />
    </li>
  );
}

/**
 * Jaeger UI's `/search?traceID=a&traceID=b`: those traces as a result list, each fetched by
 * id from `?source=` or, without it, from whichever source has it.
 */
export function TraceListPage({ list }: { list: TraceIdList }) {
  const [params] = useSearchParams();
  const sourceId = params.get(SOURCE_PARAM) || null;
  return (
    <div className="trace-list" data-testid="trace-id-list">
      <h1 className="trace-list__heading">
        {list.ids.length} trace{list.ids.length === 1 ? '' : 's'} by id
      </h1>
      {list.invalid.length > 0 ? (
        <p className="trace-list__note" role="status">
          Not trace ids, left out: {list.invalid.map((v) => `"${v}"`).join(', ')}
        </p>
      ) : null}
      {list.dropped > 0 ? (
        <p className="trace-list__note" role="status">
          Only the first {MAX_TRACE_ID_LIST} ids are opened; {list.dropped} more were left out.
        </p>
      ) : null}
      <ol className="trace-list__rows">
        {list.ids.map((id) => (
          <TraceIdRow key={id} traceId={id} sourceId={sourceId} />
        ))}
      </ol>
      <CompareBar />
    </div>
  );
}
