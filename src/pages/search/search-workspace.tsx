import { useMemo, useState, type ReactNode } from 'react';
import type { SourceType } from '../../adapters/config';
import type { Capabilities } from '../../adapters/contract';
import { toTraceQL } from '../../adapters/tempo/compile-query';
import { QueryEditor, type EditorProblem } from '../../features/query-editor/query-editor';
import { loadRecent, rememberQuery } from '../../features/query-editor/recent-queries';
import { SearchForm, type SearchWindowDraft } from '../../features/search/search-form';
import type { Query } from '../../query-lang/ast';
import { parseQuery } from '../../query-lang/parse';
import { printQuery } from '../../query-lang/print';
import { QueryError } from '../../query-lang/query-error';
import { planSearch, usesRawQuery } from '../../state/server/plan-search';
import { formToQuery, queryToForm, type QueryFormFields } from '../../state/url/query-form';
import { withTimeWindow, type SearchUrlState } from '../../state/url/search-codec';

type Parsed = { readonly ok: true; readonly query: Query } | { readonly ok: false; readonly problem: EditorProblem };

function parse(text: string): Parsed {
  try {
    return { ok: true, query: parseQuery(text) };
  } catch (e) {
    if (e instanceof QueryError) return { ok: false, problem: { message: e.message, range: e.range } };
    throw e;
  }
}

/** localStorage may be missing or refuse (private mode, sandboxed frames). */
const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

interface SearchWorkspaceProps {
  readonly sourceId: string;
  readonly sourceType: SourceType | 'file';
  readonly capabilities: Capabilities;
  /** The submitted search in the URL; the workspace edits a draft of it. */
  readonly state: SearchUrlState;
  /** The problem of the URL's search, when it has one (shown in the box). */
  readonly urlProblem: EditorProblem | null;
  readonly onSubmit: (next: SearchUrlState) => void;
  /** Below the query box: the native query and the results. */
  readonly children: ReactNode;
}

/**
 * The query box and the form, two views of one draft query, plus the time window. Keyed by
 * the URL: a new search (or back/forward) starts a fresh draft from it.
 */
export function SearchWorkspace({ sourceId, sourceType, capabilities, state, urlProblem, onSubmit, children }: SearchWorkspaceProps) {
  const [query, setQuery] = useState(state.query);
  const [traceql, setTraceql] = useState<string | null>(usesRawQuery(state, capabilities) ? state.traceql : null);
  const [win, setWin] = useState<SearchWindowDraft>({
    lookback: state.lookback,
    startUs: state.startUs,
    endUs: state.endUs,
    limit: state.limit,
  });
  const [submitProblem, setSubmitProblem] = useState<EditorProblem | null>(null);
  const [recent, setRecent] = useState<string[]>(() => {
    const s = storage();
    return s ? loadRecent(s, sourceId) : [];
  });
  const raw = traceql !== null;

  const parsed = useMemo(() => parse(query), [query]);
  // Tempo's compiler refuses what TraceQL cannot say (free text): show that while typing too.
  const compileProblem = useMemo<EditorProblem | null>(() => {
    if (!parsed.ok || raw) return null;
    const plan = planSearch({ ...state, query, traceql: null, startUs: 0, endUs: 1 }, sourceType, capabilities);
    return !plan.ok && plan.range ? { message: plan.error, range: plan.range } : null;
  }, [parsed, raw, state, query, sourceType, capabilities]);
  const fields = useMemo(() => (parsed.ok && !raw ? queryToForm(parsed.query) : null), [parsed, raw]);

  const lockedReason = raw
    ? 'TraceQL mode: the form is off. Turn TraceQL off to use it.'
    : !parsed.ok
      ? 'Fix the query to use the form.'
      : fields === null
        ? 'Query too complex for the form: edit it in the query box.'
        : null;
  const shownProblem: EditorProblem | null =
    (parsed.ok || raw ? null : parsed.problem) ??
    compileProblem ??
    submitProblem ??
    (query === state.query && traceql === state.traceql ? urlProblem : null);

  const editQuery = (text: string) => {
    setSubmitProblem(null);
    if (raw) setTraceql(text);
    else setQuery(text);
  };

  const onFieldsChange = (f: QueryFormFields) => {
    const r = formToQuery(f);
    if (r.ok) editQuery(printQuery(r.query));
  };

  const toggleRaw = () => {
    setSubmitProblem(null);
    if (raw) return setTraceql(null);
    // Start TraceQL from what the query says, so switching keeps the search.
    let start = '{}';
    try {
      start = toTraceQL(parseQuery(query));
    } catch {
      // The query does not parse or has no TraceQL form: start from "everything".
    }
    setTraceql(start);
  };

  const submit = () => {
    if (!raw && !parsed.ok) return setSubmitProblem(parsed.problem);
    const next = withTimeWindow({ ...state, ...win, query, traceql }, Date.now() * 1000);
    const plan = planSearch(next, sourceType, capabilities);
    if (!plan.ok) return setSubmitProblem({ message: plan.error, ...(plan.range ? { range: plan.range } : {}) });
    const s = storage();
    if (s && !raw && query.trim()) setRecent(rememberQuery(s, sourceId, query));
    onSubmit(next);
  };

  return (
    <div className="search-page">
      <aside className="search-page__form">
        <SearchForm
          sourceId={sourceId}
          capabilities={capabilities}
          fields={fields}
          lockedReason={lockedReason}
          onFieldsChange={onFieldsChange}
          window={win}
          onWindowChange={(patch) => setWin((w) => ({ ...w, ...patch }))}
          problem={submitProblem?.message ?? null}
          onSubmit={submit}
        />
      </aside>
      <section className="search-page__results" aria-label="Search results">
        <div className="search-page__query">
          <div className="search-page__editor">
            <QueryEditor
              sourceId={sourceId}
              value={raw ? (traceql ?? '') : query}
              onChange={editQuery}
              onSubmit={submit}
              problem={shownProblem}
              recent={raw ? [] : recent}
              raw={raw}
              label={raw ? 'TraceQL' : 'Query'}
              placeholder={
                raw ? '{ resource.service.name = "checkout" } >> { status = error }' : 'service=checkout duration>1s error=true http.status_code>=500'
              }
            />
          </div>
          <div className="search-page__query-actions">
            {capabilities.rawQuery === 'traceql' ? (
              <button
                type="button"
                className={`button search-page__raw-toggle${raw ? ' search-page__raw-toggle--on' : ''}`}
                aria-pressed={raw}
                data-testid="traceql-toggle"
                onClick={toggleRaw}
                title="Type TraceQL for Tempo directly"
              >
                TraceQL
              </button>
            ) : null}
            <button
              type="button"
              className="button button--primary"
              disabled={!capabilities.search}
              data-testid="query-submit"
              onClick={submit}
            >
              Search
            </button>
          </div>
        </div>
        {children}
      </section>
    </div>
  );
}
