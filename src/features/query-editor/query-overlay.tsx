import { forwardRef, useMemo } from 'react';
import type { TextRange } from '../../query-lang/ast';
import { highlight, type Segment } from './highlight';

interface QueryOverlayProps {
  readonly text: string;
  readonly raw: boolean;
  readonly errorRange: TextRange | null;
}

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly cls: Segment['cls'];
  readonly error: boolean;
}

/** Splits the colored segments where the error starts and ends, so it can be underlined. */
function pieces(segments: readonly Segment[], error: TextRange | null): Piece[] {
  const out: Piece[] = [];
  for (const s of segments) {
    const cuts = [s.start, s.end];
    if (error) for (const c of [error.start, error.end]) if (c > s.start && c < s.end) cuts.push(c);
    cuts.sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const start = cuts[i] as number;
      const end = cuts[i + 1] as number;
      if (end > start) out.push({ start, end, cls: s.cls, error: !!error && start >= error.start && end <= error.end });
    }
  }
  return out;
}

/**
 * The colored copy of the query behind the textarea (same font, padding and wrapping).
 * Text only, never markup: the query is the user's.
 */
export const QueryOverlay = forwardRef<HTMLDivElement, QueryOverlayProps>(function QueryOverlay(
  { text, raw, errorRange },
  ref,
) {
  const segments = useMemo<Segment[]>(
    () => (raw || text === '' ? [{ start: 0, end: text.length, cls: null }] : highlight(text)),
    [raw, text],
  );
  // An error at the very end (nothing typed yet where something is expected) gets a marker.
  const atEnd = errorRange !== null && errorRange.start >= text.length;
  return (
    <div className="query-editor__overlay" ref={ref} aria-hidden="true" data-testid="query-overlay">
      {pieces(segments, atEnd ? null : errorRange).map((p) => (
        <span
          key={p.start}
          className={[p.cls ? `qt-${p.cls}` : '', p.error ? 'qt-error' : ''].filter(Boolean).join(' ') || undefined}
          data-error={p.error ? 'true' : undefined}
        >
          {text.slice(p.start, p.end)}
        </span>
      ))}
      {atEnd ? (
        <span className="qt-error qt-error--end" data-error="true">
          {'\u00a0\u00a0'}
        </span>
      ) : null}
      {/* Keeps a trailing newline's line in the overlay, as the textarea shows it. */}
      {'\u200b'}
    </div>
  );
});
