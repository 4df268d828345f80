// The one list of source types: config.json's `type` → the adapter that serves it.
import type { SourceConfig } from './config';
import type { SourceAdapter } from './contract';
import { createDemoAdapter } from './demo/demo-adapter';
import { createJaegerAdapter } from './jaeger/client';
import { createTempoAdapter } from './tempo/client';
import { createZipkinAdapter } from './zipkin/client';

export function createAdapter(config: SourceConfig): SourceAdapter {
  switch (config.type) {
    case 'jaeger':
      return createJaegerAdapter(config);
    case 'tempo':
      return createTempoAdapter(config);
    case 'zipkin':
      return createZipkinAdapter(config);
    case 'demo':
      return createDemoAdapter(config);
    default: {
      // parseAppConfig only lets the four types through; this guards hand-made configs.
      const type: never = config.type;
      throw new Error(`Unknown source type "${String(type)}"`);
    }
  }
}
