import type { ReactNode } from 'react';
import { serviceColor } from '../../lib/service-color';

/** The header's title row: the root span's service and operation, the trace id, page actions. */
export function TraceTitle(props: {
  readonly root: { readonly service: string; readonly name: string } | undefined;
  readonly traceId: string;
  readonly actions?: ReactNode;
}) {
  const { root, traceId, actions } = props;
  return (
    <div className="th-title-row">
      {root && <span className="th-swatch" style={{ background: serviceColor(root.service) }} />}
      <h1 className="th-title" data-testid="trace-title">
        {root ? (
          <>
            <span className="th-root-service">{root.service}</span>
            <span className="th-root-op">{root.name}</span>
          </>
        ) : (
          'Empty trace'
        )}
      </h1>
      <span className="th-trace-id" title={`Trace id ${traceId}`} data-testid="trace-id">
        <span className="th-trace-id-text">{traceId}</span>
      </span>
      {actions && <div className="th-actions">{actions}</div>}
    </div>
  );
}
