import { useRef } from 'react';
import { useOpenTraceFile } from './use-open-trace-file';

/** "Open file…": the keyboard-friendly twin of dropping a file on the page. */
export function FilePickerButton() {
  const inputRef = useRef<HTMLInputElement>(null);
  const open = useOpenTraceFile();
  return (
    <>
      <button
        type="button"
        className="header__icon-button"
        title="Open a trace file (OTLP JSON/JSONL, Jaeger JSON, Zipkin JSON), or drop it anywhere"
        onClick={() => inputRef.current?.click()}
      >
        Open file…
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,.jsonl,.ndjson,.txt,application/json"
        className="visually-hidden"
        data-testid="file-input"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file);
        }}
      />
    </>
  );
}
