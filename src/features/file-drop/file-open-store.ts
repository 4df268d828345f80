import { create } from 'zustand';

/** This feature's own UI state: what is being read and the last failure to show. */
interface FileOpenState {
  readonly reading: string | null;
  readonly error: { readonly fileName: string; readonly message: string } | null;
  setReading(fileName: string | null): void;
  setError(error: FileOpenState['error']): void;
}

export const useFileOpenStore = create<FileOpenState>()((set) => ({
  reading: null,
  error: null,
  setReading: (reading) => set({ reading }),
  setError: (error) => set({ error, reading: null }),
}));
