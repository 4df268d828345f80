import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import './query-editor.css';
import type { TextRange } from '../../query-lang/ast';
import { applySuggestion, completionContext, suggest, type CompletionContext, type Suggestion } from './complete';
import { QueryOverlay } from './query-overlay';
import { useCompletionSources } from './use-completion-sources';

export interface EditorProblem {
  readonly message: string;
  /** Where in the text; absent when the problem is not the text's (e.g. Jaeger needs a service). */
  readonly range?: TextRange;
}

interface QueryEditorProps {
  readonly sourceId: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Enter (with no suggestion picked) runs the search. */
  readonly onSubmit: () => void;
  readonly problem: EditorProblem | null;
  /** Recent queries of this source, newest first: offered while the box is empty. */
  readonly recent: readonly string[];
  /** Raw TraceQL: no colors or suggestions of ours. */
  readonly raw: boolean;
  readonly label: string;
  readonly placeholder: string;
}

const MAX_SUGGESTIONS = 12;

/**
 * The query box: a transparent textarea over a colored copy of its text (so the caret,
 * selection, IME and undo stay the browser's), errors underlined where they are, and a
 * suggestion list driven from the keyboard (↑ ↓ Enter Tab Esc) as a combobox.
 */
export function QueryEditor({ sourceId, value, onChange, onSubmit, problem, recent, raw, label, placeholder }: QueryEditorProps) {
  const listId = useId();
  const errorId = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const overlay = useRef<HTMLDivElement>(null);
  const pendingCursor = useRef<number | null>(null);
  const [cursor, setCursor] = useState(value.length);
  const [focused, setFocused] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  /** ↑/↓ pressed since the last edit: Enter then means "this one", not "search". */
  const [navigated, setNavigated] = useState(false);

  const ctx: CompletionContext | null = useMemo(
    () => (raw ? null : completionContext(value, Math.min(cursor, value.length))),
    [raw, value, cursor],
  );
  const valueKey = ctx?.kind === 'value' ? ctx.key : null;
  const { sources, refresh } = useCompletionSources(sourceId, value, focused, valueKey);
  const items: Suggestion[] = useMemo(() => {
    if (!ctx) return [];
    const found = suggest(ctx, sources, MAX_SUGGESTIONS);
    if (value.trim() !== '') return found;
    const recents = recent.map<Suggestion>((q) => ({ label: q, kind: 'recent', detail: 'recent' }));
    return [...recents, ...found].slice(0, MAX_SUGGESTIONS + recents.length);
  }, [ctx, sources, value, recent]);
  // After a finished term (`service=a |`) every field would be offered: that list waits for
  // ↓, so Enter still searches. Likewise the recent queries of an empty box.
  const eager = ctx !== null && (ctx.kind === 'value' || ctx.prefix !== '');
  const showList = focused && open && items.length > 0 && (eager || value.trim() === '' || navigated);
  const enterPicks = showList && (eager || navigated);
  const activeIndex = Math.min(active, items.length - 1);

  useLayoutEffect(() => {
    const at = pendingCursor.current;
    if (at !== null && input.current) {
      input.current.setSelectionRange(at, at);
      pendingCursor.current = null;
    }
  });

  const readCursor = () => setCursor(input.current?.selectionStart ?? value.length);

  const choose = (s: Suggestion) => {
    if (!ctx && s.kind !== 'recent') return;
    const next = applySuggestion(value, ctx ?? { kind: 'key', prefix: '', range: { start: 0, end: value.length }, inHas: false }, s);
    pendingCursor.current = next.cursor;
    setCursor(next.cursor);
    setActive(0);
    setNavigated(false);
    setOpen(s.kind !== 'recent');
    onChange(next.text);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!showList) {
        if (e.key === 'ArrowDown' && items.length > 0) {
          setOpen(true);
          setNavigated(true);
          setActive(0);
          e.preventDefault();
        }
        return;
      }
      e.preventDefault();
      setNavigated(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + items.length) % items.length);
    } else if (((e.key === 'Enter' && enterPicks) || (e.key === 'Tab' && showList)) && !e.shiftKey) {
      const s = items[activeIndex];
      if (s) {
        e.preventDefault();
        choose(s);
      }
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      setOpen(false);
      onSubmit();
    } else if (e.key === 'Escape' && showList) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const activeId = showList ? `${listId}-${activeIndex}` : undefined;
  return (
    <div className={`query-editor${problem ? ' query-editor--invalid' : ''}`} data-testid="query-editor">
      <label className="field__label query-editor__label" htmlFor={`${listId}-input`}>
        {label}
      </label>
      <div className="query-editor__box">
        <QueryOverlay ref={overlay} text={value} raw={raw} errorRange={problem?.range ?? null} />
        <textarea
          id={`${listId}-input`}
          ref={input}
          className="query-editor__input"
          value={value}
          rows={2}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          placeholder={placeholder}
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-invalid={problem !== null}
          aria-describedby={problem ? errorId : undefined}
          data-testid="query-input"
          onChange={(e) => {
            onChange(e.target.value);
            setCursor(e.target.selectionStart);
            setOpen(true);
            setNavigated(false);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onKeyUp={(e) => {
            if (e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'Home' || e.key === 'End') readCursor();
          }}
          onClick={() => {
            readCursor();
            setOpen(true);
          }}
          onFocus={() => {
            setFocused(true);
            setOpen(true);
            refresh();
          }}
          onBlur={() => setFocused(false)}
          onScroll={(e) => {
            if (overlay.current) overlay.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      {showList ? (
        <ul className="query-editor__list" role="listbox" id={listId} data-testid="query-suggestions">
          {items.map((s, i) => (
            <li
              key={`${s.kind}:${s.label}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={`query-editor__option query-editor__option--${s.kind}`}
              data-testid="query-suggestion"
              // mousedown, not click: the textarea keeps the focus.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(s);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="query-editor__option-label">{s.label}</span>
              <span className="query-editor__option-detail">{s.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {problem ? (
        <p className="query-editor__error" id={errorId} role="alert" data-testid="query-error">
          {problem.message}
          {problem.range ? <span className="query-editor__where"> (at character {problem.range.start + 1})</span> : null}
        </p>
      ) : null}
    </div>
  );
}
