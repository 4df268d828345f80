import { useCallback, useMemo, useState } from 'react';
import { jsonPieces, takeText } from '../../lib/json-pieces';
import type { Trace } from '../../model/types';
import { jsonDocument, jsonDocumentOptions, type JsonDocumentKind } from './json-documents';
import './raw-json.css';

/**
 * Characters shown first, and per step after; each step is its own text node, never one
 * giant string. The first is smaller: laying out 256 KB of text took ~100 ms of the view's
 * first frame on a 100k-span trace, and a screen holds a few KB.
 */
const FIRST_CHARS = 64 * 1024;
const STEP_CHARS = 256 * 1024;

export interface RawJsonProps {
  readonly trace: Trace;
}

/**
 * The trace as JSON text (OTLP by default): printed lazily, so a 100k-span trace shows its
 * first 64 KB at once and more on request, and the whole document is never one string in
 * the DOM. Downloads live in the export menu.
 */
export function RawJson({ trace }: RawJsonProps) {
  const options = useMemo(() => jsonDocumentOptions(trace), [trace]);
  const [kind, setKind] = useState<JsonDocumentKind>('otlp');
  return (
    <div className="rj" data-testid="raw-json">
      <div className="rj-toolbar">
        <label>
          Show{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as JsonDocumentKind)} data-testid="raw-json-kind">
            {options.map((o) => (
              <option key={o.kind} value={o.kind}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <span className="rj-hint">Read-only text. Use the export menu to download the trace.</span>
      </div>
      <JsonText key={kind} trace={trace} kind={kind} />
    </div>
  );
}

function JsonText({ trace, kind }: { trace: Trace; kind: JsonDocumentKind }) {
  // The generator is the resumable printer; chunks already taken stay in state.
  const pieces = useMemo(() => jsonPieces(jsonDocument(trace, kind)), [trace, kind]);
  const [state, setState] = useState(() => {
    const first = takeText(pieces, FIRST_CHARS);
    return { chunks: [first.text], done: first.done };
  });
  const more = useCallback(
    (steps: number) =>
      setState((s) => {
        const chunks = [...s.chunks];
        let done: boolean = s.done;
        for (let i = 0; i < steps && !done; i++) {
          const next = takeText(pieces, STEP_CHARS);
          chunks.push(next.text);
          done = next.done;
        }
        return { chunks, done };
      }),
    [pieces],
  );
  const shownChars = state.chunks.reduce((n, c) => n + c.length, 0);
  return (
    <div className="rj-scroll">
      {state.chunks.map((text, i) => (
        <pre key={i} className="rj-pre" data-testid="raw-json-text">
          {text}
        </pre>
      ))}
      {!state.done && (
        <div className="rj-more">
          <span>Showing the first {formatSize(shownChars)}.</span>
          <button type="button" className="button" onClick={() => more(1)} data-testid="raw-json-more">
            Show {formatSize(STEP_CHARS)} more
          </button>
          <button type="button" className="button" onClick={() => more(16)}>
            Show {formatSize(STEP_CHARS * 16)} more
          </button>
        </div>
      )}
    </div>
  );
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.round(chars / 1024)} KB`;
}
