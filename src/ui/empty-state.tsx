import type { ReactNode } from 'react';

/** A calm "nothing here" block that says why and what to do next. */
export function EmptyState({ title, children }: { readonly title: string; readonly children?: ReactNode }) {
  return (
    <div className="empty-state" data-testid="empty-state">
      <div className="empty-state__title">{title}</div>
      {children ? <div className="empty-state__body">{children}</div> : null}
    </div>
  );
}
