import type { ReactNode } from 'react';
import { BrowserRouter, HashRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { DependenciesPage } from '../pages/dependencies/dependencies-page';
import { SearchPage } from '../pages/search/search-page';
import { TracePage } from '../pages/trace/trace-page';
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
  const { pathname } = useLocation();
  return (
    <div className="app">
      <Header />
      <main className="app__main">
        {/* Keyed by path so a crash on one page does not stick to the next. */}
        <AppErrorBoundary key={pathname.split('/')[1] ?? ''}>
          <Routes>
            <Route path="/" element={<RedirectToSearch />} />
            <Route path="/index.html" element={<RedirectToSearch />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/trace/:traceId" element={<TracePage />} />
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
