// Entry of the offline viewer (offline-viewer.html, built by vite.offline.config.ts): the app
// over one trace embedded in the page, opened from disk with no server. No config.json is
// fetched; the trace becomes an opened file (`file:<name>` source) and hash routing is used,
// since a file:// page has no server to answer deep links.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppConfig } from '../adapters/config';
import { decodeOtlp } from '../adapters/otlp/decode';
import { readEmbeddedTrace, type EmbeddedTrace } from '../features/trace-export/embed-data';
import { setViewerTemplateToOwnPage } from '../features/trace-export/viewer-template';
import { buildTraces } from '../model/build-trace';
import { AppConfigProvider } from '../state/server/app-config';
import { useLoadedFilesStore } from '../state/ui/loaded-files-store';
import { fileSourceId, SOURCE_PARAM } from '../state/url/source-param';
import './theme.css';
import './base.css';
import './app.css';
import { AppErrorBoundary } from './error-boundary';
import { createQueryClient } from './query-client';
import { AppRouter } from './router';

/** The page as saved, before React fills it: what "Save offline HTML" re-saves from here. */
function ownPageHtml(): string {
  const html = document.documentElement.outerHTML.replace(/^<html([^>]*?) data-theme="[^"]*"/, '<html$1');
  return `<!doctype html>\n${html}`;
}

function openEmbeddedTrace(data: EmbeddedTrace): AppConfig {
  const traces = buildTraces(decodeOtlp(data.otlp));
  const name = `${data.sourceName || 'saved'} trace ${data.traceId.slice(0, 8)}`;
  useLoadedFilesStore.getState().addFile({ name, format: 'otlp-json', traces, warnings: [], sizeBytes: 0 });
  const source = fileSourceId(name);
  if (!location.hash || location.hash === '#' || location.hash === '#/') {
    const params = new URLSearchParams(data.view);
    params.set(SOURCE_PARAM, source);
    const trace = traces.find((t) => t.traceId === data.traceId) ?? traces[0];
    // replace(): the back button should leave the file, not step to an empty hash.
    location.replace(`#/${trace ? `trace/${trace.traceId}` : 'search'}?${params.toString()}`);
  }
  return { sources: [], defaultSource: source, linkTemplates: [], routing: 'hash' };
}

function Problem({ title, text }: { title: string; text: string }) {
  return (
    <div className="page-message" data-testid="offline-problem">
      <h1>{title}</h1>
      <p>{text}</p>
    </div>
  );
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('offline-viewer.html lacks <div id="root">');
setViewerTemplateToOwnPage(ownPageHtml());
const root = createRoot(rootElement);

let data: EmbeddedTrace | null = null;
let problem: string | null = null;
try {
  data = readEmbeddedTrace(document);
} catch (e) {
  problem = e instanceof Error ? e.message : String(e);
}

if (problem !== null || data === null) {
  root.render(
    <Problem
      title={problem ? 'This saved trace cannot be read' : 'No trace in this page'}
      text={problem ?? 'This is the Tracescope offline viewer. Save a trace from a trace page (Export → Save offline HTML) to get a file that opens here.'}
    />,
  );
} else {
  let config: AppConfig | null = null;
  try {
    config = openEmbeddedTrace(data);
  } catch (e) {
    root.render(<Problem title="This saved trace cannot be read" text={e instanceof Error ? e.message : String(e)} />);
  }
  if (config) {
    document.title = `Trace ${data.traceId.slice(0, 8)} · Tracescope (saved)`;
    const queryClient = createQueryClient();
    root.render(
      <StrictMode>
        <AppErrorBoundary>
          <AppConfigProvider config={config}>
            <QueryClientProvider client={queryClient}>
              <AppRouter routing="hash" />
            </QueryClientProvider>
          </AppConfigProvider>
        </AppErrorBoundary>
      </StrictMode>,
    );
  }
}
