import { useCallback, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ServiceGraphView } from '../../features/service-graph/service-graph-view';
import { GraphLegend } from '../../features/service-graph/graph-legend';
import { micros } from '../../lib/units';
import { focusGraph, hideNodes } from '../../model/service-graph/focus';
import type { GraphEdge, GraphNode } from '../../model/service-graph/graph-types';
import { useAdapter } from '../../state/server/app-config';
import { derivesByDefault, useDependencyGraph } from '../../state/server/dependencies-query';
import {
  decodeDependenciesParams,
  dependenciesWindow,
  encodeDependenciesParams,
  type DependenciesUrlState,
} from '../../state/url/dependencies-codec';
import { isFileSourceId, useSourceId } from '../../state/url/source-param';
import { EmptyState } from '../../ui/empty-state';
import { ErrorPanel } from '../../ui/error-panel';
import { Spinner } from '../../ui/spinner';
import { DependenciesToolbar } from './dependencies-toolbar';
import { edgeSearchHref, nodeSearchHref, type GraphLinkContext } from './graph-links';
import { originText } from './origin-text';
import { SampleProgressBar } from './sample-progress';
import './dependencies-page.css';

/** `/dependencies`: the service graph of a source, from its own aggregation or derived from traces. */
export function DependenciesPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const sourceId = useSourceId();
  const adapter = useAdapter(sourceId);
  const state = useMemo(() => decodeDependenciesParams(params), [params]);
  // "Now" is fixed until Refresh, so the window (and the query key) holds still.
  const [nowUs, setNowUs] = useState(() => Date.now() * 1000);
  const window = useMemo(() => dependenciesWindow(state, nowUs), [state, nowUs]);
  const range = useMemo(() => ({ startUs: micros(window.startUs), endUs: micros(window.endUs) }), [window]);
  const canUseBackend = !derivesByDefault(adapter);
  const derive = state.derive ?? !canUseBackend;
  const result = useDependencyGraph({ sourceId, range, derive: derive || !canUseBackend, sampleSize: state.sample });
  const [find, setFind] = useState<{ service: string; at: number } | null>(null);

  const update = useCallback(
    (next: Partial<DependenciesUrlState>) => setParams(encodeDependenciesParams({ ...state, ...next }, params)),
    [params, setParams, state],
  );

  const hidden = useMemo(() => new Set(state.hidden), [state.hidden]);
  const shown = useMemo(() => {
    if (!result.graph) return null;
    const visible = hideNodes(result.graph, hidden);
    return state.focus ? focusGraph(visible, { service: state.focus, up: state.up, down: state.down }) : visible;
  }, [result.graph, hidden, state.focus, state.up, state.down]);
  const services = useMemo(() => result.graph?.nodes.map((n) => n.id) ?? [], [result.graph]);

  const linkContext: GraphLinkContext = {
    sourceId,
    sourceType: isFileSourceId(sourceId) ? 'file' : adapter.config.type,
    startUs: window.startUs,
    endUs: window.endUs,
  };
  const onNodeClick = (node: GraphNode) => result.graph && navigate(nodeSearchHref(linkContext, result.graph, node));
  const onEdgeClick = (edge: GraphEdge) => result.graph && navigate(edgeSearchHref(linkContext, result.graph, edge));
  const hide = (id: string) => update({ hidden: [...state.hidden.filter((h) => h !== id), id] });

  const refresh = () => {
    setNowUs(Date.now() * 1000);
    if (state.lookback === 'custom') result.refetch();
  };

  return (
    <div className="deps-page" data-testid="dependencies-page">
      <DependenciesToolbar
        key={`${sourceId}|${state.focus ?? ''}`}
        state={state}
        derive={derive || !canUseBackend}
        canUseBackend={canUseBackend}
        services={services}
        onChange={update}
        onRefresh={refresh}
        onFind={(service) => setFind({ service, at: Date.now() })}
      />
      <div className="deps-page__body">
        <section className="deps-page__graph" aria-label="Service graph">
          {result.progress || (result.loading && !result.graph) ? (
            <div className="deps-page__overlay">
              {result.progress ? (
                <SampleProgressBar progress={result.progress} onCancel={result.cancel} />
              ) : (
                <Spinner label="Loading dependencies…" />
              )}
            </div>
          ) : null}
          {result.error && !result.loading ? (
            <div className="deps-page__overlay">
              <ErrorPanel error={result.error} context="Loading the service graph" onRetry={result.restart} />
            </div>
          ) : result.cancelled ? (
            <div className="deps-page__overlay">
              <EmptyState title="Sampling cancelled">
                <button type="button" className="button" onClick={result.restart}>
                  Sample again
                </button>
              </EmptyState>
            </div>
          ) : shown && shown.nodes.length === 0 && !result.loading ? (
            <div className="deps-page__overlay">
              <EmptyState title={state.focus && !hidden.has(state.focus) && !services.includes(state.focus) ? `No service "${state.focus}" in this graph` : 'No calls between services in this time range'}>
                {derive ? 'Try a longer time range or a larger sample.' : 'Try a longer time range, or derive the graph from traces.'}
              </EmptyState>
            </div>
          ) : null}
          {shown && shown.nodes.length > 0 ? (
            <ServiceGraphView
              graph={shown}
              layout={state.layout}
              onNodeClick={onNodeClick}
              onEdgeClick={onEdgeClick}
              onNodeContextMenu={(n) => hide(n.id)}
              highlight={find?.service ?? state.focus}
              centerOnHighlight={find !== null}
              label={`Service graph of ${adapter.config.name}`}
            />
          ) : null}
        </section>
        <aside className="deps-page__side" aria-label="About this graph">
          {result.graph ? (
            <>
              <p className="deps-origin" data-testid="deps-origin">
                {originText(result.graph.origin, state.lookback)}
                {result.failedTraces ? ` (${result.failedTraces} traces failed to load and were left out)` : ''}
              </p>
              <p className="deps-counts" data-testid="deps-counts">
                {shown?.nodes.length ?? 0} nodes, {shown?.edges.length ?? 0} edges
                {shown && (shown.nodes.length !== result.graph.nodes.length || shown.edges.length !== result.graph.edges.length)
                  ? ` shown of ${result.graph.nodes.length} and ${result.graph.edges.length}`
                  : ''}
              </p>
            </>
          ) : null}
          <GraphLegend />
          <p className="deps-help">
            Drag a node to pin it, double-click to let go. Click a node or an edge to search its traces; right-click a
            node to hide it.
          </p>
          <HiddenList
            hidden={state.hidden}
            services={services}
            onHide={hide}
            onShow={(id) => update({ hidden: state.hidden.filter((h) => h !== id) })}
          />
        </aside>
      </div>
    </div>
  );
}

function HiddenList({
  hidden,
  services,
  onHide,
  onShow,
}: {
  readonly hidden: readonly string[];
  readonly services: readonly string[];
  readonly onHide: (id: string) => void;
  readonly onShow: (id: string) => void;
}) {
  const [text, setText] = useState('');
  const submit = (e: FormEvent | KeyboardEvent) => {
    e.preventDefault();
    if (text.trim()) onHide(text.trim());
    setText('');
  };
  return (
    <div className="deps-hidden">
      <form onSubmit={submit}>
        <label className="deps-field">
          <span>Hide</span>
          <input
            className="input"
            list="deps-services"
            data-testid="deps-hide"
            placeholder="service"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && submit(e)}
          />
        </label>
      </form>
      {hidden.length ? (
        <ul className="deps-hidden__list" data-testid="deps-hidden-list">
          {hidden.map((h) => (
            <li key={h}>
              <span className={services.includes(h) ? '' : 'deps-hidden__absent'}>{h}</span>
              <button type="button" className="button button--ghost" onClick={() => onShow(h)} aria-label={`Show ${h}`}>
                Show
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
