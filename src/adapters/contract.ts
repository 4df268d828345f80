import type { Micros } from '../lib/units';
import type {
  DependencyLink,
  Operation,
  SearchQuery,
  SearchResult,
} from '../model/search-types';
import type { TracePreview } from '../model/trace-preview';
import type { Trace } from '../model/types';
import type { SourceConfig } from './config';

/** What a source can do; the UI offers only what is declared here. */
export interface Capabilities {
  readonly search: boolean;
  readonly operations: boolean;
  readonly tagFilters: boolean;
  readonly durationFilters: boolean;
  /** Search responses already contain whole traces (no second fetch needed to open one). */
  readonly searchReturnsTraces: boolean;
  readonly dependencies: boolean;
  readonly tagAutocomplete: boolean;
  /** The source accepts a raw native query (TraceQL). */
  readonly rawQuery: 'traceql' | null;
}

export interface TimeRange {
  readonly startUs: Micros;
  readonly endUs: Micros;
}

/** What a trace load is doing, for the loading screen ("Downloading 12 of 55 MB…"). */
export type LoadProgress =
  | { readonly phase: 'downloading'; readonly bytes: number; readonly totalBytes: number | null }
  | { readonly phase: 'decoding'; readonly bytes: number }
  | { readonly phase: 'transferring'; readonly spans: number }
  /** A big trace's first rows, shown while the rest of it is decoded. */
  | { readonly phase: 'opening'; readonly preview: TracePreview };

export type OnLoadProgress = (progress: LoadProgress) => void;

/** Every request takes an AbortSignal; adapters add their own timeout on top. */
export interface SourceAdapter {
  readonly config: SourceConfig;
  readonly capabilities: Capabilities;
  services(signal?: AbortSignal): Promise<string[]>;
  operations(service: string, signal?: AbortSignal): Promise<Operation[]>;
  search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResult>;
  /** `onProgress` hears of the download of big traces (HTTP sources). */
  trace(traceId: string, signal?: AbortSignal, onProgress?: OnLoadProgress): Promise<Trace>;
  dependencies?(range: TimeRange, signal?: AbortSignal): Promise<DependencyLink[]>;
  tagKeys?(signal?: AbortSignal): Promise<string[]>;
  tagValues?(key: string, signal?: AbortSignal): Promise<string[]>;
}
