import { lazy, Suspense, useMemo, useRef, type ReactNode } from 'react';
import { BrowserRouter, HashRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { EmbedBar } from '../features/embed/embed-bar';
import { EmbedBridge } from '../features/embed/embed-bridge';
import { useEmbedDocument } from '../features/embed/use-embed-chrome';
import { TraceRoute } from '../pages/trace-lookup/trace-route';
import { embedOptions } from '../state/url/jaeger-links';
import { appBasePath } from './base-path';
import { AppErrorBoundary } from './error-boundary';
import { Header } from './header';
import { Spinner } from '../ui/spinner';

// The trace page is in the main bundle: it is what a pasted link opens, and a big trace's
// download starts before React renders (see prefetch-trace.ts). The other pages load on
// first visit, so the main bundle is smaller and starts sooner.
const SearchRoute = lazy(() => import('../pages/trace-list/search-route').then((m) => ({ default: m.SearchRoute })));
const ComparePage = lazy(() => import('../pages/compare/compare-page').then((m) => ({ default: m.ComparePage })));
const DependenciesPage = lazy(() =>
  import('../pages/dependencies/dependencies-page').then((m) => ({ default: m.DependenciesPage })),
);

function PageLoading() {
  return (
    <div className="page-message">
      <Spinner label="Loading…" />
    </div>
  );
}

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
          <Suspense fallback={<PageLoading />}>
            <Routes>
              <Route path="/" element={<RedirectToSearch />} />
              <Route path="/index.html" element={<RedirectToSearch />} />
              <Route path="/search" element={<SearchRoute />} />
              <Route path="/trace/:traceId" element={<TraceRoute />} />
              <Route path="/compare/:ids" element={<ComparePage />} />
              <Route path="/dependencies" element={<DependenciesPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
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
