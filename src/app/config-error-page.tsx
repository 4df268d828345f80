import type { ConfigProblem } from './load-config';

const EXAMPLE = `{
  "sources": [
    { "id": "demo", "name": "Demo", "type": "demo" },
    { "id": "jaeger", "name": "Jaeger", "type": "jaeger", "url": "backends/jaeger" }
  ],
  "defaultSource": "demo"
}`;

/** Shown instead of the app when config.json is missing or invalid: never a blank page. */
export function ConfigErrorPage({ problem }: { readonly problem: ConfigProblem }) {
  return (
    <main className="config-error" data-testid="config-error">
      <h1>Tracescope cannot start: its configuration has a problem</h1>
      {problem.field ? (
        <p>
          Field <code data-testid="config-error-field">{problem.field}</code>
        </p>
      ) : null}
      <p className="config-error__message">{problem.message}</p>
      <p>
        <strong>What to do:</strong> {problem.todo}
      </p>
      <p className="config-error__url">
        Loaded from <code>{problem.url}</code>
      </p>
      <details>
        <summary>A minimal config.json</summary>
        <pre>{EXAMPLE}</pre>
      </details>
    </main>
  );
}
