import type { Micros } from '../lib/units';
import type { ServiceSummary, Trace } from './types';

/** One row of a search result list; backends that return whole traces also fill `trace`. */
export interface TraceSummary {
  readonly traceId: string;
  readonly rootService: string;
  readonly rootName: string;
  readonly startUs: Micros;
  readonly durationUs: Micros;
  readonly spanCount: number;
  readonly errorCount: number;
  readonly services: readonly ServiceSummary[];
  readonly trace?: Trace;
}

/** The backend-neutral search form. */
export interface SearchQuery {
  readonly service?: string;
  readonly operation?: string;
  /** Zipkin's remoteServiceName: the service a span calls (`peer.service`). */
  readonly remoteService?: string;
  /** Attribute equality filters, in the order typed (`key=value` logfmt). */
  readonly tags: readonly (readonly [string, string])[];
  readonly minDurationUs?: Micros;
  readonly maxDurationUs?: Micros;
  readonly startUs: Micros;
  readonly endUs: Micros;
  readonly limit: number;
  /** Raw native query (TraceQL for Tempo), passed through when set. */
  readonly raw?: string;
}

export interface Operation {
  readonly name: string;
  readonly kind?: string;
}

export interface DependencyLink {
  readonly parent: string;
  readonly child: string;
  readonly callCount: number;
  readonly errorCount?: number;
}

export interface SearchResult {
  readonly summaries: readonly TraceSummary[];
  /** Notes for the user, e.g. "filtered in the browser" or "limit reached". */
  readonly notes: readonly string[];
}
