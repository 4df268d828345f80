import { useMemo, useRef, type ReactNode } from 'react';
import { BrowserRouter, HashRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { EmbedBar } from '../features/embed/embed-bar';
import { EmbedBridge } from '../features/embed/embed-bridge';
import { useEmbedDocument } from '../features/embed/use-embed-chrome';
import { ComparePage } from '../pages/compare/compare-page';
import { DependenciesPage } from '../pages/dependencies/dependencies-page';
import { TraceRoute } from '../pages/trace-lookup/trace-route';
import { SearchRoute } from '../pages/trace-list/search-route';
import { embedOptions } from '../state/url/jaeger-links';
import { appBasePath } from './base-path';
import { AppErrorBoundary } from './error-boundary';
import { Header } from './header';

/** `/` and `/index.html` open the search page, keeping `?source=` and friends. */
function RedirectToSearch() {
  const { search } = useLocation();
  return <Navigate to={`/search${search}`} replace />;
}

function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <div className="page-message" data-testid="not-found">
      <h1>No page at {pathname}</h1>
      <p>
        Tracescope has <Link to="/search">search</Link> and <code>/trace/&lt;trace id&gt;</code> pages.
      </p>
    </div>
  );
}

function Shell() {
  const { pathname, search } = useLocation();
  // Embed mode (`embed=1`, Jaeger UI's `uiEmbed=v0`): no header, a link to the full app,
  // postMessage to the parent; see docs/embedding.md.
  const embed = useMemo(() => embedOptions(new URLSearchParams(search)), [search]);
  useEmbedDocument(embed);
  const appRef = useRef<HTMLDivElement>(null);
  return (
    <div
      ref={appRef}
      className={embed.embed ? 'app app--embed' : 'app'}
      data-hide-minimap={embed.embed && embed.hideMinimap ? '' : undefined}
      data-hide-summary={embed.embed && embed.hideSummary ? '' : undefined}
      data-collapse-title={embed.embed && embed.collapseTitle ? '' : undefined}
    >
      {embed.embed ? <EmbedBar /> : <Header />}
      {embed.embed ? <EmbedBridge appRef={appRef} pinnedOrigin={embed.embedOrigin} /> : null}
      <main className="app__main">
        {/* Keyed by path so a crash on one page does not stick to the next. */}
        <AppErrorBoundary key={pathname.split('/')[1] ?? ''}>
          <Routes>
            <Route path="/" element={<RedirectToSearch />} />
            <Route path="/index.html" element={<RedirectToSearch />} />
            <Route path="/search" element={<SearchRoute />} />
            <Route path="/trace/:traceId" element={<TraceRoute />} />
            <Route path="/compare/:ids" element={<ComparePage />} />
            <Route path="/dependencies" element={<DependenciesPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </AppErrorBoundary>
      </main>
    </div>
  );
}

/** History routing under the app's base path, or hash routing for hosts without rewrites. */
export function AppRouter({ routing }: { readonly routing: 'history' | 'hash' }): ReactNode {
  if (routing === 'hash') {
    return (
      <HashRouter>
        <Shell />
      </HashRouter>
    );
  }
  return (
    <BrowserRouter basename={appBasePath() || '/'}>
      <Shell />
    </BrowserRouter>
  );
}
