import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAppConfig } from '../server/app-config';

/** The URL parameter naming the source of the current view. */
export const SOURCE_PARAM = 'source';

/** Source ids of files opened in this tab: `file:<file name>`. */
export const FILE_SOURCE_PREFIX = 'file:';
export const fileSourceId = (fileName: string): string => FILE_SOURCE_PREFIX + fileName;
export const isFileSourceId = (sourceId: string): boolean => sourceId.startsWith(FILE_SOURCE_PREFIX);
export const fileNameOfSource = (sourceId: string): string =>
  sourceId.slice(FILE_SOURCE_PREFIX.length);

/** `?source=` or, without it, the config's default source. */
export function useSourceId(): string {
  const [params] = useSearchParams();
  const config = useAppConfig();
  return params.get(SOURCE_PARAM) || config.defaultSource;
}

/** Sets `?source=` on the current route, keeping the other parameters. */
export function useSetSourceId(): (sourceId: string) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (sourceId: string) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.set(SOURCE_PARAM, sourceId);
        return next;
      }),
    [setParams],
  );
}
