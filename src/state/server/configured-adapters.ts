import type { AppConfig } from '../../adapters/config';
import type { SourceAdapter } from '../../adapters/contract';
import { createAdapter } from '../../adapters/registry';

// One adapter per configured source and config, shared by the provider and the boot-time
// prefetch: an adapter remembers what it learned of its server (Jaeger's API version).
const byConfig = new WeakMap<AppConfig, ReadonlyMap<string, SourceAdapter>>();

export function configuredAdapters(config: AppConfig): ReadonlyMap<string, SourceAdapter> {
  let adapters = byConfig.get(config);
  if (!adapters) {
    adapters = new Map(config.sources.map((s) => [s.id, createAdapter(s)]));
    byConfig.set(config, adapters);
  }
  return adapters;
}
