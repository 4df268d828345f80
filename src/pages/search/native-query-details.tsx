import type { SearchPlan } from '../../state/server/plan-search';

/** What the last search sent the backend (or that it ran in the browser), behind a disclosure. */
export function NativeQueryDetails({ plan }: { readonly plan: SearchPlan | null }) {
  if (!plan?.ok) return null;
  const { native, compiled } = plan;
  return (
    <details className="native-query" data-testid="native-query">
      <summary>{native ? `Native query: ${native.label}` : 'Native query: none (runs in the browser)'}</summary>
      {native ? (
        <pre className="native-query__text mono" data-testid="native-query-text">
          {native.text || '(no filters)'}
        </pre>
      ) : (
        <p className="native-query__note">
          This source holds its traces in the browser: the whole query is evaluated here
          {compiled.browserTerms.length ? ':' : '.'}
          {compiled.browserTerms.length ? <code> {compiled.browserTerms.join(' ')}</code> : null}
        </p>
      )}
    </details>
  );
}
