import type { QueryClient } from '@tanstack/react-query';
import type { AppConfig } from '../../adapters/config';
import { routeOfAddress, traceLocationOf } from '../url/trace-location';
import { configuredAdapters } from './configured-adapters';
import { traceQueryOptions } from './trace-query';

/**
 * Starts loading the trace a trace-page address names as soon as config.json is read, before
 * React renders the app: the download (the longest part of opening a big trace) then runs
 * while the page is built, and the trace page finds the query already in flight.
 */
export function prefetchTraceOfAddress(
  config: AppConfig,
  queryClient: QueryClient,
  address: { readonly pathname: string; readonly search: string; readonly hash: string },
  basePath: string,
): boolean {
  const { path, search } = routeOfAddress(address, config.routing, basePath);
  const target = traceLocationOf(path, search);
  if (!target) return false;
  const adapter = configuredAdapters(config).get(target.sourceId);
  if (!adapter) return false;
  void queryClient.prefetchQuery(traceQueryOptions(adapter, target.traceId));
  return true;
}
