import { isSourceError, type SourceErrorKind } from '../adapters/source-error';
import './error-panel.css';

const TITLES: Readonly<Record<SourceErrorKind, string>> = {
  unreachable: 'The source could not be reached',
  cors: 'The browser blocked the request (probably CORS)',
  timeout: 'The source took too long to answer',
  aborted: 'The request was cancelled',
  unauthorized: 'The source wants credentials',
  forbidden: 'The source refused access',
  'not-found': 'Not found',
  'bad-request': 'The source rejected the request',
  server: 'The source failed with a server error',
  'bad-payload': 'The source answered with something unreadable',
};

const HINTS: Readonly<Record<SourceErrorKind, string>> = {
  unreachable: 'Check that the backend is running and that the URL in config.json is right.',
  cors:
    'The backend does not allow requests from this page. Serve Tracescope with `npm start` ' +
    '(same-origin proxies under backends/<id>/) or allow this origin on the backend.',
  timeout: 'Narrow the search (shorter time range, a service, a lower limit) or raise timeoutMs in config.json.',
  aborted: 'Run the search again.',
  unauthorized: 'Add the credentials to the source\'s "headers" in config.json (e.g. Authorization).',
  forbidden: 'The credentials in config.json lack access to this data (or the Tempo tenant is wrong).',
  'not-found': 'Check the id, the time range, and that the source URL points at the API root.',
  'bad-request': 'Check the search fields; the source\'s own message is below.',
  server: 'The backend\'s own message is below; its logs will say more.',
  'bad-payload': 'The URL may point at something other than the backend\'s API (a login page, a proxy).',
};

interface ErrorPanelProps {
  readonly error: unknown;
  /** What was being done, e.g. "Searching traces". */
  readonly context?: string;
  readonly onRetry?: () => void;
}

/** Explains any failure in words: what happened, what to try, and the source's own text. */
export function ErrorPanel({ error, context, onRetry }: ErrorPanelProps) {
  let title = 'Something went wrong';
  let message = String(error);
  let hint: string | undefined;
  let facts: [string, string][] = [];
  let body: string | undefined;
  let kind = 'error';
  if (isSourceError(error)) {
    kind = error.kind;
    title = TITLES[error.kind];
    if (error.details.status !== undefined) title += ` (HTTP ${error.details.status})`;
    message = error.message;
    hint = error.details.hint ?? HINTS[error.kind];
    body = error.details.body;
    if (error.details.status !== undefined) facts.push(['Status', String(error.details.status)]);
    if (error.details.url) facts.push(['URL', error.details.url]);
  } else if (error instanceof Error) {
    title = error.name === 'DecodeError' ? 'The data could not be read' : title;
    message = error.message;
  }
  facts = facts.filter(([, v]) => v !== '');
  return (
    <div className="error-panel" role="alert" data-testid="error-panel" data-kind={kind}>
      <div className="error-panel__title">
        {context ? <span className="error-panel__context">{context}: </span> : null}
        {title}
      </div>
      <p className="error-panel__message">{message}</p>
      {hint ? <p className="error-panel__hint">{hint}</p> : null}
      {facts.length ? (
        <dl className="error-panel__facts">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {body ? <pre className="error-panel__body">{body}</pre> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
