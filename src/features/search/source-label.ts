import type { SourceConfig } from '../../adapters/config';
import { isMergedSourceId, partsOfMergedSourceId } from '../../adapters/merged/merged-adapter';

/**
 * How the source picker names a `?source=` that is not one of its choices: a merged view
 * (`jaeger,tempo`, opened from "found in several sources") by its sources' names joined
 * with "+" (the header's picker is narrow; the banner says it is merged), anything
 * else as unknown, so the picker still shows what the address says.
 */
export function unlistedSourceLabel(sourceId: string, sources: readonly Pick<SourceConfig, 'id' | 'name'>[]): string {
  if (!isMergedSourceId(sourceId)) return `${sourceId} (unknown)`;
  const names = partsOfMergedSourceId(sourceId).map((id) => sources.find((s) => s.id === id)?.name ?? id);
  return names.join(' + ');
}
