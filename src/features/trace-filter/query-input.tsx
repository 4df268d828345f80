import { useRef, type ChangeEvent, type KeyboardEvent } from 'react';
import type { QueryError } from '../../query-lang/query-error';

interface QueryInputProps {
  readonly value: string;
  readonly error: QueryError | null;
  readonly onChange: (text: string) => void;
  readonly onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * A one-line query box whose syntax error is underlined where it is: a transparent copy of
 * the text lies over the input (same font and padding, scrolled with it) and marks the
 * error's range with a wavy line. Typing is never blocked.
 */
export function QueryInput({ value, error, onChange, onKeyDown }: QueryInputProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const syncScroll = () => {
    if (mirrorRef.current && inputRef.current) mirrorRef.current.scrollLeft = inputRef.current.scrollLeft;
  };
  const start = error ? Math.min(error.range.start, value.length) : 0;
  const end = error ? Math.max(start, Math.min(error.range.end, value.length)) : 0;
  return (
    <div className={`tf-query${error ? ' has-error' : ''}`}>
      <input
        ref={inputRef}
        className="tf-query-input"
        type="text"
        value={value}
        placeholder="Find: text, service=cart, duration>100ms, status=error…"
        title="The filter language: free text, key=value with = != > >= < <= =~, service, operation, status, kind, duration; and / or / ( ). Enter: next match"
        aria-label="Find spans in this trace"
        aria-invalid={error !== null}
        aria-describedby={error ? 'tf-query-error' : undefined}
        spellCheck={false}
        autoComplete="off"
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onScroll={syncScroll}
        onKeyUp={syncScroll}
        data-testid="trace-search"
      />
      {error && (
        <div className="tf-query-mirror" ref={mirrorRef} aria-hidden="true">
          <span>{value.slice(0, start)}</span>
          <mark className="tf-query-mark" data-testid="trace-search-error-mark">
            {end > start ? value.slice(start, end) : '\u00a0'}
          </mark>
        </div>
      )}
    </div>
  );
}
