import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { normalizeTraceId } from '../model/ids';

/**
 * Opens `/trace/<id>` without a source: every configured source is asked at once and the first
 * that has it opens (pages/trace-lookup). Says so when the text is not a trace id.
 */
export function TraceIdBox() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const raw = text.trim();
    if (!raw) return;
    const id = normalizeTraceId(raw);
    if (!id) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setText('');
    navigate(`/trace/${id}`);
  };

  return (
    <form className="header__trace-id" onSubmit={submit} role="search" aria-label="Open a trace by id">
      <input
        className="input header__input mono"
        placeholder="Trace ID…"
        value={text}
        aria-invalid={invalid}
        aria-label="Trace ID"
        title={invalid ? 'Not a trace id: expected up to 32 hex digits (or base64)' : 'Open a trace by its id'}
        data-testid="trace-id-input"
        onChange={(e) => {
          setText(e.target.value);
          setInvalid(false);
        }}
      />
      {invalid ? (
        <span className="header__invalid" role="alert">
          not a trace id
        </span>
      ) : null}
    </form>
  );
}
