import { formatOffset } from '../../lib/format-time';
import type { Span } from '../../model/types';
import { AttributeTable } from './attribute-table';

/** Span events (logs, annotations) at times relative to the span's start. */
export function EventList({ span }: { span: Span }) {
  if (span.events.length === 0) return <p className="sd-empty">None</p>;
  return (
    <ol className="sd-events" data-testid="span-events">
      {span.events.map((ev, i) => (
        <li key={i} className="sd-event">
          <div className="sd-event-head">
            <span className="sd-event-time">{formatOffset(ev.timeUs - span.startUs)}</span>
            <span className="sd-event-name">{ev.name || '(unnamed event)'}</span>
          </div>
          {ev.attributes.length > 0 && <AttributeTable attributes={ev.attributes} />}
        </li>
      ))}
    </ol>
  );
}
