import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { openFile, type OpenedFile } from '../../adapters/file/decode-file';
import type { FileTraceOpening } from '../../adapters/file/file-adapter';
import type { Trace } from '../../model/types';
import { useLoadedFilesStore } from '../../state/ui/loaded-files-store';
import { fileSourceId, SOURCE_PARAM } from '../../state/url/source-param';
import { useFileOpenStore } from './file-open-store';

/**
 * Reads a trace file, keeps its traces in this tab, and opens them: one trace opens its
 * page, several open as a result list (the search page over the file's source). A file
 * holding one big trace opens its page at once with the first rows, and is decoded there.
 */
export function useOpenTraceFile(): (file: File) => Promise<void> {
  const navigate = useNavigate();
  const addFile = useLoadedFilesStore((s) => s.addFile);
  const { setReading, setError } = useFileOpenStore.getState();
  return useCallback(
    async (file: File) => {
      setError(null);
      setReading(file.name);
      try {
        const opened = openFile(await file.text(), file.name);
        const source = `${SOURCE_PARAM}=${encodeURIComponent(fileSourceId(file.name))}`;
        if (opened.kind === 'previewed') {
          addFile({ name: file.name, format: opened.format, traces: [], warnings: [], sizeBytes: file.size, opening: opening(opened, file) });
          setReading(null);
          navigate(`/trace/${opened.traceId}?${source}`);
          return;
        }
        const decoded = opened.file;
        if (decoded.traces.length === 0) {
          setError({ fileName: file.name, message: 'The file holds no spans.' });
          return;
        }
        addFile({ name: file.name, format: decoded.format, traces: decoded.traces, warnings: decoded.warnings, sizeBytes: file.size });
        setReading(null);
        const only = decoded.traces.length === 1 ? decoded.traces[0] : undefined;
        navigate(only ? `/trace/${only.traceId}?${source}` : `/search?${source}`);
      } catch (e) {
        setError({ fileName: file.name, message: e instanceof Error ? e.message : String(e) });
      }
    },
    [addFile, navigate, setError, setReading],
  );
}

/**
 * Decodes a previewed file once, when its trace page asks, and then keeps it as decoded; a
 * file that cannot be decoded is not kept (its trace page says why).
 */
function opening(opened: Extract<OpenedFile, { kind: 'previewed' }>, file: File): FileTraceOpening {
  let finished: Promise<Trace> | undefined;
  const self: FileTraceOpening = {
    traceId: opened.traceId,
    preview: opened.preview,
    finish: () =>
      (finished ??= Promise.resolve().then(() => {
        const files = () => useLoadedFilesStore.getState();
        // Unless the file was opened again meanwhile: then that one stays as it is.
        const stillThis = () => files().files[file.name]?.opening === self;
        try {
          const decoded = opened.decode();
          const trace = decoded.traces.find((t) => t.traceId === opened.traceId);
          if (trace === undefined) throw new Error(`The trace ${opened.traceId} is not in ${file.name} after all.`);
          if (stillThis()) files().addFile({ name: file.name, format: decoded.format, traces: decoded.traces, warnings: decoded.warnings, sizeBytes: file.size });
          return trace;
        } catch (e) {
          if (stillThis()) files().removeFile(file.name);
          throw e;
        }
      })),
  };
  return self;
}
