import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Trace } from '../../model/types';
import { useAppConfig } from '../../state/server/app-config';
import { fileNameOfSource, isFileSourceId } from '../../state/url/source-param';
import { copyText } from './download';
import { downloadOtlpJson, downloadSourceJson, saveOfflineHtml, sourceFormatLabel } from './trace-downloads';
import './export-menu.css';

export interface ExportMenuProps {
  readonly trace: Trace;
  /** The `?source=` id the trace was opened from; its name is written into a saved offline file. */
  readonly sourceId: string;
}

type Status = { readonly tone: 'ok' | 'busy' | 'error'; readonly text: string } | null;

/** The trace page's "Export" menu: OTLP JSON, the source's own JSON, an offline HTML file, a link. */
export function ExportMenu({ trace, sourceId }: ExportMenuProps) {
  const config = useAppConfig();
  const sourceName = isFileSourceId(sourceId)
    ? fileNameOfSource(sourceId)
    : (config.sources.find((s) => s.id === sourceId)?.name ?? sourceId);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const sourceLabel = sourceFormatLabel(trace);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const run = async (busy: string, done: string, action: () => void | Promise<void>) => {
    setOpen(false);
    setStatus({ tone: 'busy', text: busy });
    try {
      await action();
      setStatus({ tone: 'ok', text: done });
    } catch (e) {
      setStatus({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className="tx" ref={rootRef}>
      <button
        type="button"
        className="tx-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid="export-menu-button"
      >
        Export ▾
      </button>
      {open && (
        <ul className="tx-menu" role="menu" aria-label="Export this trace">
          <Item testId="export-otlp" onClick={() => void run('Preparing OTLP JSON…', 'OTLP JSON downloaded.', () => downloadOtlpJson(trace))}>
            Download OTLP JSON
          </Item>
          {sourceLabel && (
            <Item
              testId="export-source-json"
              onClick={() => void run(`Preparing ${sourceLabel}…`, `${sourceLabel} downloaded.`, () => downloadSourceJson(trace))}
            >
              Download {sourceLabel}
            </Item>
          )}
          <Item
            testId="export-offline-html"
            hint="One HTML file with the app and this trace; opens without a network."
            onClick={() =>
              void run('Building the offline file…', 'Offline HTML saved.', () =>
                saveOfflineHtml(trace, sourceName, new URLSearchParams(window.location.search || window.location.hash.split('?')[1] || '')),
              )
            }
          >
            Save offline HTML
          </Item>
          <Item testId="export-copy-link" onClick={() => void run('Copying…', 'Link to this view copied.', () => copyText(window.location.href))}>
            Copy link to this view
          </Item>
        </ul>
      )}
      {status && (
        <span className={`tx-status is-${status.tone}`} role="status" data-testid="export-status">
          {status.text}
        </span>
      )}
    </div>
  );
}

function Item(props: { testId: string; hint?: string; onClick: () => void; children: ReactNode }) {
  return (
    <li role="none">
      <button type="button" role="menuitem" className="tx-item" onClick={props.onClick} data-testid={props.testId} title={props.hint}>
        {props.children}
      </button>
    </li>
  );
}
