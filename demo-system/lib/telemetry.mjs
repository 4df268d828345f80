// OpenTelemetry setup of one demo service: its own resource (service.name, service.version,
// deployment.environment), the SDK's HTTP instrumentation, W3C trace context + baggage
// propagation, and one batch exporter per backend (OTLP/HTTP to Jaeger and Tempo, Zipkin
// v2 JSON to Zipkin). A recording exporter keeps a copy of every exported span so the traffic
// driver can write its manifest from what the SDK really exported.
import { createRequire } from 'node:module';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { BatchSpanProcessor, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ZipkinExporter } from '@opentelemetry/exporter-zipkin';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { trace } from '@opentelemetry/api';
import { DEPLOYMENT_ENVIRONMENT, EXPORT_TARGETS, SERVICES, selectedTargets } from '../config.mjs';
import { RecordingExporter } from './recording-exporter.mjs';

/** Wraps an exporter to count exported and failed spans per backend. */
class CountingExporter {
  constructor(inner, stats) {
    this.inner = inner;
    this.stats = stats;
  }
  export(spans, done) {
    this.inner.export(spans, (result) => {
      if (result.code === 0) this.stats.exported += spans.length;
      else {
        this.stats.failed += spans.length;
        this.stats.lastError = String(result.error?.message ?? result.error ?? 'export failed');
      }
      done(result);
    });
  }
  forceFlush() {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
  shutdown() {
    return this.inner.shutdown();
  }
}

function makeExporter(target, serviceName) {
  const { kind, url } = EXPORT_TARGETS[target];
  if (kind === 'zipkin') return new ZipkinExporter({ url, serviceName });
  return new OTLPTraceExporter({ url, timeoutMillis: 5000 });
}

/**
 * Starts telemetry for `serviceName`; returns the tracer, the recorder, per-backend export
 * stats, a flush function and the (instrumented) `http` module the service must use.
 */
export function initTelemetry(serviceName) {
  const resource = resourceFromAttributes({
    [ATTR_SERVICE_NAME]: serviceName,
    [ATTR_SERVICE_VERSION]: SERVICES[serviceName].version,
    'deployment.environment': DEPLOYMENT_ENVIRONMENT,
    'deployment.environment.name': DEPLOYMENT_ENVIRONMENT,
    'service.namespace': 'tracescope-demo',
    'service.instance.id': `${serviceName}-${process.pid}`,
  });
  const recorder = new RecordingExporter();
  const stats = {};
  const spanProcessors = [new SimpleSpanProcessor(recorder)];
  for (const target of selectedTargets()) {
    stats[target] = { exported: 0, failed: 0, lastError: null };
    const exporter = new CountingExporter(makeExporter(target, serviceName), stats[target]);
    spanProcessors.push(new BatchSpanProcessor(exporter, { scheduledDelayMillis: 200, maxQueueSize: 16384, maxExportBatchSize: 512 }));
  }
  const provider = new NodeTracerProvider({ resource, spanProcessors });
  provider.register(); // AsyncLocalStorage context + W3C traceparent and baggage propagators
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        // The driver's control endpoints are not part of the system being traced.
        ignoreIncomingRequestHook: (req) => (req.url ?? '').startsWith('/__demo'),
      }),
    ],
  });
  // Loaded after the instrumentation is registered so that it is the patched module.
  const http = createRequire(import.meta.url)('http');
  return {
    http,
    tracer: trace.getTracer(`tracescope-demo/${serviceName}`, SERVICES[serviceName].version),
    recorder,
    stats,
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}
