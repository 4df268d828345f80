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

/**
 * Reads config.json and, on a trace page's address, starts that trace's download at once.
 * main.tsx calls it before React renders anything: a big trace's download is the longest
 * part of opening it, and it need not wait for the first render.
 */
export function startConfigLoad(): Promise<ConfigLoad> {
  return loadConfig().then((result) => {
    if (result.ok) prefetchTraceOfAddress(result.config, queryClient, window.location, appBasePath());
    return result;
  });
}

/** The composition root: config.json → sources → query client → router. */
export function App({ configLoad }: { readonly configLoad: Promise<ConfigLoad> }) {
  const [load, setLoad] = useState<ConfigLoad | null>(null);
  useEffect(() => {
    let live = true;
    void configLoad.then((result) => {
      if (live) setLoad(result);
    });
    return () => {
      live = false;
    };
  }, [configLoad]);

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
