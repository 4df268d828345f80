import type { SearchQuery } from '../model/search-types';
import type { SourceType } from './config';
import { tagsJson } from './jaeger/requests';
import { compileTraceQL } from './tempo/compile-traceql';
import { annotationQuery, durationParams } from './zipkin/requests';
import { goDuration } from './shared/time-format';

/** What a compiled search sends the backend, for people to read ("native query"). */
export interface NativeQuery {
  readonly label: string;
  /** One parameter per line (`name=value`), or the TraceQL text. */
  readonly text: string;
}

/** Null for sources that search in the browser (demo, files): there is nothing native to show. */
export function describeNativeQuery(type: SourceType | 'file', request: SearchQuery): NativeQuery | null {
  switch (type) {
    case 'tempo':
      return { label: 'TraceQL sent to Tempo', text: compileTraceQL(request) };
    case 'jaeger':
      return {
        label: 'Jaeger search parameters',
        text: lines([
          ['service', request.service],
          ['operation', request.operation],
          ['tags', tagsJson(request.tags)],
          ['minDuration', request.minDurationUs ? goDuration(request.minDurationUs) : undefined],
          ['maxDuration', request.maxDurationUs ? goDuration(request.maxDurationUs) : undefined],
          ['limit', String(request.limit)],
        ]),
      };
    case 'zipkin': {
      const { minDuration, maxDuration } = durationParams(request);
      return {
        label: 'Zipkin search parameters',
        text: lines([
          ['serviceName', request.service],
          ['spanName', request.operation],
          ['remoteServiceName', request.remoteService],
          ['annotationQuery', annotationQuery(request.tags)],
          ['minDuration', minDuration === undefined ? undefined : String(minDuration)],
          ['maxDuration', maxDuration === undefined ? undefined : String(maxDuration)],
          ['limit', String(request.limit)],
        ]),
      };
    }
    default:
      return null;
  }
}

const lines = (pairs: readonly (readonly [string, string | undefined])[]): string =>
  pairs
    .filter((p): p is readonly [string, string] => p[1] !== undefined && p[1] !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
