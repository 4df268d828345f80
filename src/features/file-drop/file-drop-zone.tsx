import { useEffect, useState } from 'react';
import './file-drop.css';
import { useFileOpenStore } from './file-open-store';
import { useOpenTraceFile } from './use-open-trace-file';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Accepts a trace file dropped anywhere on the page: listens on the window, shows an
 * overlay while a file is dragged over, and reports what happened (reading, or why not).
 */
export function FileDropZone() {
  const open = useOpenTraceFile();
  const [dragging, setDragging] = useState(false);
  const reading = useFileOpenStore((s) => s.reading);
  const error = useFileOpenStore((s) => s.error);
  const setError = useFileOpenStore((s) => s.setError);

  useEffect(() => {
    // dragenter/dragleave fire for every child element; count them to know when we left.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void open(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [open]);

  return (
    <>
      {dragging ? (
        <div className="file-drop__overlay" data-testid="drop-overlay">
          <div className="file-drop__card">
            <div className="file-drop__title">Drop a trace file to open it</div>
            <div>OTLP JSON or JSONL, Jaeger JSON, Zipkin JSON. It stays in this browser tab.</div>
          </div>
        </div>
      ) : null}
      {reading ? (
        <div className="file-drop__toast" role="status">
          Reading {reading}…
        </div>
      ) : null}
      {error ? (
        <div className="file-drop__toast file-drop__toast--error" role="alert" data-testid="file-error">
          <div>
            <strong>Could not open {error.fileName}</strong>
            <div className="file-drop__message">{error.message}</div>
          </div>
          <button type="button" className="button button--ghost" aria-label="Dismiss" onClick={() => setError(null)}>
            ✕
          </button>
        </div>
      ) : null}
    </>
  );
}
