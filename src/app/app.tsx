import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { AppConfigProvider } from '../state/server/app-config';
import { prefetchTraceOfAddress } from '../state/server/prefetch-trace';
import { Spinner } from '../ui/spinner';
import './theme.css';
import './base.css';
import './app.css';
import { ConfigErrorPage } from './config-error-page';
import { AppErrorBoundary } from './error-boundary';
import { appBasePath } from './base-path';
import { loadConfig, type ConfigLoad } from './load-config';
import { createQueryClient } from './query-client';
import { AppRouter } from './router';

const queryClient = createQueryClient();

/** The composition root: config.json → sources → query client → router. */
export function App() {
  const [load, setLoad] = useState<ConfigLoad | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    loadConfig(controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) prefetchTraceOfAddress(result.config, queryClient, window.location, appBasePath());
      setLoad(result);
    });
    return () => controller.abort();
  }, []);

  if (!load) {
    return (
      <div className="app-loading">
        <Spinner label="Loading configuration…" />
      </div>
    );
  }
  if (!load.ok) return <ConfigErrorPage problem={load.problem} />;
  return (
    <AppErrorBoundary>
      <AppConfigProvider config={load.config}>
        <QueryClientProvider client={queryClient}>
          <AppRouter routing={load.config.routing} />
        </QueryClientProvider>
      </AppConfigProvider>
    </AppErrorBoundary>
  );
}
