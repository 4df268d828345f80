import { create } from 'zustand';
import type { FileTraceOpening } from '../../adapters/file/file-adapter';
import type { DataWarning, Trace, TraceFormat } from '../../model/types';

/** A trace file opened in this tab (by drop or picker). Files live only in memory. */
export interface LoadedFile {
  readonly name: string;
  readonly format: TraceFormat;
  /** Empty while `opening`: the decoded file replaces this one when it is done. */
  readonly traces: readonly Trace[];
  readonly warnings: readonly DataWarning[];
  readonly sizeBytes: number;
  readonly opening?: FileTraceOpening;
}

interface LoadedFilesState {
  /** By file name; opening a file with the same name again replaces it. */
  readonly files: Readonly<Record<string, LoadedFile>>;
  addFile(file: LoadedFile): void;
  removeFile(name: string): void;
}

export const useLoadedFilesStore = create<LoadedFilesState>()((set) => ({
  files: {},
  addFile: (file) => set((s) => ({ files: { ...s.files, [file.name]: file } })),
  removeFile: (name) =>
    set((s) => {
      const files = { ...s.files };
      delete files[name];
      return { files };
    }),
}));
