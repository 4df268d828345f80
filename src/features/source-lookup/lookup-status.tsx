import type { LookupAnswer } from '../../state/server/trace-lookup';
import { Spinner } from '../../ui/spinner';
import './source-lookup.css';

const STATUS_TEXT = { pending: 'asking…', found: 'has it' } as const;

/** Each source's answer while a trace id is looked up everywhere, or after none had it. */
export function LookupStatus({ traceId, answers, settled }: { traceId: string; answers: readonly LookupAnswer[]; settled: boolean }) {
  return (
    <div className="lookup" data-testid={settled ? 'lookup-not-found' : 'lookup-pending'}>
      {settled ? (
        <h1 className="lookup__title">Trace {traceId} was not found in any source</h1>
      ) : (
        <Spinner label={`Looking for trace ${traceId} in ${answers.length} source${answers.length === 1 ? '' : 's'}…`} />
      )}
      <ul className="lookup__list" aria-label="Answers per source">
        {answers.map((a) => (
          <li key={a.sourceId} className={`lookup__item lookup__item--${a.status}`} data-testid="lookup-answer" data-source={a.sourceId}>
            <span className="lookup__name">{a.name}</span>
            <span className="lookup__answer">{a.status === 'missing' ? a.reason : STATUS_TEXT[a.status]}</span>
          </li>
        ))}
      </ul>
      {settled ? (
        <p className="lookup__hint">
          Check the id; a backend keeps traces only for its retention period, and a search by time finds older ones only
          if they are still stored.
        </p>
      ) : null}
    </div>
  );
}
