import { QueryClient } from '@tanstack/react-query';
import { isSourceError, type SourceErrorKind } from '../adapters/source-error';

// Failures that another attempt may cure; everything else (4xx, bad payload, CORS) would
// fail the same way again, so the user sees it at once.
const TRANSIENT: ReadonlySet<SourceErrorKind> = new Set(['server', 'timeout', 'unreachable']);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 1 && isSourceError(error) && TRANSIENT.has(error.kind),
        retryDelay: 400,
        gcTime: 10 * 60_000,
      },
    },
  });
}
