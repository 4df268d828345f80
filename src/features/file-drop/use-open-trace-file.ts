import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { decodeFile } from '../../adapters/file/decode-file';
import { useLoadedFilesStore } from '../../state/ui/loaded-files-store';
import { fileSourceId, SOURCE_PARAM } from '../../state/url/source-param';
import { useFileOpenStore } from './file-open-store';

/**
 * Reads a trace file, keeps its traces in this tab, and opens them: one trace opens its
 * page, several open as a result list (the search page over the file's source).
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
        const text = await file.text();
        const decoded = decodeFile(text, file.name);
        if (decoded.traces.length === 0) {
          setError({ fileName: file.name, message: 'The file holds no spans.' });
          return;
        }
        addFile({ name: file.name, format: decoded.format, traces: decoded.traces, warnings: decoded.warnings, sizeBytes: file.size });
        setReading(null);
        const source = `${SOURCE_PARAM}=${encodeURIComponent(fileSourceId(file.name))}`;
        const only = decoded.traces.length === 1 ? decoded.traces[0] : undefined;
        navigate(only ? `/trace/${only.traceId}?${source}` : `/search?${source}`);
      } catch (e) {
        setError({ fileName: file.name, message: e instanceof Error ? e.message : String(e) });
      }
    },
    [addFile, navigate, setError, setReading],
  );
}
