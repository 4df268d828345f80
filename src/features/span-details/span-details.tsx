import { useMemo, type ReactNode } from 'react';
import { formatDuration, formatOffset, formatTimestamp } from '../../lib/format-time';
import { serviceColor } from '../../lib/service-color';
import { isErrorSpan } from '../../model/attributes';
import type { Span, Trace } from '../../model/types';
import { useTimeMode } from '../../state/ui/time-mode-store';
import { withTraceView } from '../../state/url/trace-view-codec';
import { AttributeTable } from './attribute-table';
import { CopyButton } from './copy-button';
import { EventList } from './event-list';
import { ancestorPath, incomingLinks } from './incoming-links';
import { LinkList } from './link-list';
import './span-details.css';

export interface SpanDetailsProps {
  readonly trace: Trace;
  readonly spanIndex: number;
  readonly sourceId: string;
  readonly onSelect: (index: number) => void;
  readonly onClose: () => void;
}

const BREADCRUMB_LIMIT = 8;

/** Everything known about one span, as text; ids, values and the span's link copyable. */
export function SpanDetails({ trace, spanIndex, sourceId, onSelect, onClose }: SpanDetailsProps) {
  const span = trace.spans[spanIndex]!;
  // Relative, local or UTC, as chosen on the waterfall (shared store).
  const timeMode = useTimeMode();
  const incomingByTrace = useMemo(() => incomingLinks(trace), [trace]);
  const incoming = incomingByTrace.get(spanIndex) ?? [];
  const crumbs = ancestorPath(trace, spanIndex, BREADCRUMB_LIMIT);
  const error = isErrorSpan(span);
  const parent = span.parentIndex >= 0 ? trace.spans[span.parentIndex] : undefined;

  return (
    <section className="sd" aria-label="Span details" data-testid="span-details">
      <header className="sd-head">
        <div className="sd-title-row">
          <span className="sd-swatch" style={{ background: serviceColor(span.service) }} />
          <h2 className="sd-title" title={span.name} data-testid="span-details-name">
            {span.name || '(no name)'}
          </h2>
          <button type="button" className="sd-close" onClick={onClose} aria-label="Close span details">
            ×
          </button>
        </div>
        <nav className="sd-crumbs" aria-label="Path from the root">
          {crumbs.clipped && <span className="sd-crumb-more">…</span>}
          {crumbs.path.map((i) => {
            const s = trace.spans[i]!;
            const dot = <span className="sd-crumb-dot" style={{ background: serviceColor(s.service) }} />;
            return i === spanIndex ? (
              <span key={i} className="sd-crumb is-current" title={`${s.service} · ${s.name}`}>
                {dot}
                <span className="sd-crumb-text">{s.name || '(no name)'}</span>
              </span>
            ) : (
              <button key={i} type="button" className="sd-crumb" onClick={() => onSelect(i)} title={`${s.service} · ${s.name}`}>
                {dot}
                <span className="sd-crumb-text">{s.name || '(no name)'}</span>
              </button>
            );
          })}
        </nav>
        <div className="sd-actions">
          <CopyButton text={withTraceView(window.location.href, { span: span.uid })} label="Copy link to this span">
            Copy link to this span
          </CopyButton>
        </div>
      </header>

      <dl className="sd-facts">
        <Fact name="Service">
          <span className="sd-service">{span.service}</span>
        </Fact>
        <Fact name="Kind">{span.kind}</Fact>
        <Fact name="Status">
          <span className={`sd-status sd-status-${error ? 'error' : span.status.code}`} data-testid="span-status">
            {error ? 'error' : span.status.code}
          </span>
          {span.status.message && <span className="sd-status-message">{span.status.message}</span>}
        </Fact>
        <Fact name="Start">
          {timeMode === 'rel' ? (
            <>
              {formatOffset(span.startUs - trace.startUs)}
              <span className="sd-sub">{formatTimestamp(span.startUs)}</span>
            </>
          ) : (
            <>
              <span data-testid="span-start-clock">
                {formatTimestamp(span.startUs, timeMode === 'utc')}
                {timeMode === 'utc' ? ' UTC' : ''}
              </span>
              <span className="sd-sub">{formatOffset(span.startUs - trace.startUs)}</span>
            </>
          )}
        </Fact>
        <Fact name="Duration">
          {formatDuration(span.durationUs)}
          <span className="sd-sub">self {formatDuration(span.selfTimeUs)}</span>
        </Fact>
        <Fact name="Span ID">
          <code>{span.spanId}</code>
          <CopyButton text={span.spanId} label="Copy span id" />
        </Fact>
        <Fact name="Parent">
          {parent ? (
            <button type="button" className="sd-linkish" onClick={() => onSelect(parent.index)}>
              <code>{parent.spanId}</code>
            </button>
          ) : span.parentSpanId ? (
            <span title="The parent is not in this trace">
              <code>{span.parentSpanId}</code> <span className="sd-sub">missing</span>
            </span>
          ) : (
            <span className="sd-sub">root</span>
          )}
        </Fact>
        <Fact name="Trace ID">
          <code>{span.traceId}</code>
          <CopyButton text={span.traceId} label="Copy trace id" />
        </Fact>
      </dl>

      {span.warnings.length > 0 && (
        <Section title="Warnings" count={span.warnings.length} tone="warning">
          <ul className="sd-warnings" data-testid="span-warnings">
            {span.warnings.map((w, i) => (
              <li key={i}>
                <span className="sd-warning-kind">{w.kind}</span> {w.message}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Attributes" count={span.attributes.length}>
        <AttributeTable attributes={span.attributes} testId="span-attributes" />
      </Section>
      <Section title="Events" count={span.events.length}>
        <EventList span={span} />
      </Section>
      {(span.links.length > 0 || incoming.length > 0) && (
        <Section title="Links" count={span.links.length + incoming.length}>
          <LinkList trace={trace} span={span} incoming={incoming} sourceId={sourceId} onSelect={onSelect} />
        </Section>
      )}
      <Section title="Resource" count={span.resource.length} initiallyOpen={false}>
        <AttributeTable attributes={span.resource} testId="span-resource" />
      </Section>
      {span.scope && (
        <Section title="Instrumentation scope" initiallyOpen={false}>
          <dl className="sd-facts sd-facts-compact">
            <Fact name="Name">{span.scope.name || '—'}</Fact>
            {span.scope.version && <Fact name="Version">{span.scope.version}</Fact>}
          </dl>
          {span.scope.attributes.length > 0 && <AttributeTable attributes={span.scope.attributes} />}
        </Section>
      )}
      <ExtrasSection span={span} />
    </section>
  );
}

function ExtrasSection({ span }: { span: Span }) {
  const entries = Object.entries(span.extras);
  if (entries.length === 0) return null;
  return (
    <Section title="Source details" count={entries.length} initiallyOpen={false}>
      <dl className="sd-facts sd-facts-compact">
        {entries
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, v]) => (
            <Fact key={k} name={k}>
              {String(v)}
            </Fact>
          ))}
      </dl>
    </Section>
  );
}

function Fact({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="sd-fact">
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Section(props: {
  title: string;
  count?: number;
  tone?: 'warning';
  initiallyOpen?: boolean;
  children: ReactNode;
}) {
  return (
    <details className={`sd-section${props.tone ? ` sd-section-${props.tone}` : ''}`} open={props.initiallyOpen ?? true}>
      <summary>
        {props.title}
        {props.count !== undefined && <span className="sd-count">{props.count}</span>}
      </summary>
      <div className="sd-section-body">{props.children}</div>
    </details>
  );
}
