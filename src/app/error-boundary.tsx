import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  readonly error: Error | null;
}

/** The last line of defence: a readable page instead of a blank one, with a way back. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Tracescope crashed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="crash" role="alert" data-testid="crash">
        <h1>Something broke while showing this page</h1>
        <p>
          This is a bug in Tracescope, not in your data. Reloading usually helps; if it happens
          again, the details below help whoever fixes it.
        </p>
        <pre>{`${error.name}: ${error.message}`}</pre>
        <div className="crash__actions">
          <button type="button" className="button button--primary" onClick={() => location.reload()}>
            Reload
          </button>
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Try to continue
          </button>
        </div>
      </main>
    );
  }
}
