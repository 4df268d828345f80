import { Link } from 'react-router-dom';
import type { Span, SpanLink, Trace } from '../../model/types';
import { traceViewPath } from '../../state/url/trace-view-codec';
import { AttributeTable } from './attribute-table';

interface LinkListProps {
  readonly trace: Trace;
  readonly span: Span;
  /** Spans of this trace that link to `span`. */
  readonly incoming: readonly number[];
  readonly sourceId: string;
  readonly onSelect: (index: number) => void;
}

const KIND_LABEL: Readonly<Record<SpanLink['kind'], string>> = {
  link: 'link',
  child_of: 'child of',
  follows_from: 'follows from',
};

/**
 * Links both ways: a span of this trace is selected in place; a span of another trace
 * opens that trace (same source) with the span selected.
 */
export function LinkList({ trace, span, incoming, sourceId, onSelect }: LinkListProps) {
  return (
    <ul className="sd-links" data-testid="span-links">
      {span.links.map((link, i) => {
        const local = link.traceId === trace.traceId ? trace.byUid.get(link.spanId) : undefined;
        const target = local === undefined ? undefined : trace.spans[local];
        return (
          <li key={`out-${i}`} className="sd-link">
            <span className="sd-link-kind">{KIND_LABEL[link.kind]} →</span>
            {target ? (
              <button type="button" className="sd-linkish" onClick={() => onSelect(target.index)}>
                {target.service} · {target.name}
              </button>
            ) : link.traceId === trace.traceId ? (
              <span className="sd-sub">a span missing from this trace</span>
            ) : (
              <Link to={traceViewPath(link.traceId, sourceId, { span: link.spanId })} data-testid="external-trace-link">
                trace <code>{link.traceId.slice(0, 16)}…</code>
              </Link>
            )}
            <span className="sd-sub">
              <code>{link.spanId}</code>
            </span>
            {link.attributes.length > 0 && <AttributeTable attributes={link.attributes} />}
          </li>
        );
      })}
      {incoming.map((from) => {
        const s = trace.spans[from]!;
        return (
          <li key={`in-${from}`} className="sd-link">
            <span className="sd-link-kind">← linked from</span>
            <button type="button" className="sd-linkish" onClick={() => onSelect(from)}>
              {s.service} · {s.name}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
