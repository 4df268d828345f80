// Test helper: a SourceConfig for adapter tests.
import type { SourceConfig, SourceType } from '../config';

export const testSource = (type: SourceType, extra: Partial<SourceConfig> = {}): SourceConfig => ({
  id: type,
  name: `Test ${type}`,
  type,
  url: `http://${type}.test`,
  headers: {},
  timeoutMs: 30_000,
  ...extra,
});
