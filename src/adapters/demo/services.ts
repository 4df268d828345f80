import type { Attribute, InstrumentationScope } from '../../model/types';
import { toAttributes } from './attribute-map';

/**
 * The demo's fleet: each service with the SDK it would really be instrumented with, so
 * resource attributes (service.version, host.name, telemetry.sdk.*) look like the real thing.
 */
type Language = 'go' | 'java' | 'nodejs' | 'python' | 'dotnet' | 'webjs';

interface ServiceInfo {
  readonly version: string;
  readonly language: Language;
  readonly namespace: string;
}

const FLEET: Readonly<Record<string, ServiceInfo>> = {
  frontend: { version: '4.18.2', language: 'webjs', namespace: 'web' },
  'api-gateway': { version: '2.7.0', language: 'go', namespace: 'edge' },
  auth: { version: '1.12.4', language: 'go', namespace: 'identity' },
  users: { version: '3.4.1', language: 'java', namespace: 'identity' },
  checkout: { version: '5.0.3', language: 'java', namespace: 'shop' },
  inventory: { version: '2.2.0', language: 'go', namespace: 'shop' },
  payments: { version: '7.1.9', language: 'java', namespace: 'shop' },
  orders: { version: '3.9.0', language: 'nodejs', namespace: 'shop' },
  fulfillment: { version: '1.6.2', language: 'python', namespace: 'logistics' },
  catalog: { version: '2.14.0', language: 'python', namespace: 'shop' },
  reports: { version: '0.9.7', language: 'python', namespace: 'analytics' },
  accounts: { version: '4.3.0', language: 'java', namespace: 'finance' },
  ledger: { version: '6.0.1', language: 'go', namespace: 'finance' },
  pricing: { version: '2.8.5', language: 'dotnet', namespace: 'finance' },
  currency: { version: '1.3.0', language: 'go', namespace: 'finance' },
  search: { version: '3.1.2', language: 'java', namespace: 'shop' },
  recommendations: { version: '0.21.0', language: 'python', namespace: 'shop' },
  notifications: { version: '1.9.3', language: 'nodejs', namespace: 'messaging' },
  audit: { version: '1.0.8', language: 'go', namespace: 'compliance' },
  'feature-flags': { version: '2.0.0', language: 'go', namespace: 'platform' },
};

const SDK_VERSION: Readonly<Record<Language, string>> = {
  go: '1.32.0',
  java: '1.45.0',
  nodejs: '1.28.0',
  python: '1.29.0',
  dotnet: '1.10.0',
  webjs: '1.28.0',
};

const SCOPE_NAME: Readonly<Record<Language, string>> = {
  go: 'go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp',
  java: 'io.opentelemetry.spring-webmvc-6.0',
  nodejs: '@opentelemetry/instrumentation-http',
  python: 'opentelemetry.instrumentation.fastapi',
  dotnet: 'OpenTelemetry.Instrumentation.AspNetCore',
  webjs: '@opentelemetry/instrumentation-fetch',
};

const info = (service: string): ServiceInfo =>
  FLEET[service] ?? { version: '1.0.0', language: 'go', namespace: 'default' };

/** Resource attributes of one instance (pod) of a service; `instance` picks the pod. */
export function resourceFor(service: string, instance: number): readonly Attribute[] {
  const { version, language, namespace } = info(service);
  const browser = language === 'webjs';
  // Pod-style names with a stable hash-like suffix per instance.
  const suffix = ((instance * 2654435761) >>> 0).toString(36).slice(0, 5).padEnd(5, 'x');
  return toAttributes({
    'service.name': service,
    'service.namespace': namespace,
    'service.version': version,
    'deployment.environment': 'production',
    ...(browser
      ? { 'browser.platform': 'macOS', 'browser.language': 'en-US' }
      : {
          'host.name': `${service}-7c9f${instance}d-${suffix}`,
          'k8s.namespace.name': namespace,
          'k8s.pod.name': `${service}-7c9f${instance}d-${suffix}`,
          'cloud.region': 'eu-west-1',
        }),
    'telemetry.sdk.name': 'opentelemetry',
    'telemetry.sdk.language': language,
    'telemetry.sdk.version': SDK_VERSION[language],
  });
}

const scopes = new Map<string, InstrumentationScope>();
/** The instrumentation scope a service's spans come from (shared objects: they never change). */
export function scopeFor(service: string): InstrumentationScope {
  let scope = scopes.get(service);
  if (!scope) {
    const { language } = info(service);
    scope = { name: SCOPE_NAME[language], version: SDK_VERSION[language], attributes: [] };
    scopes.set(service, scope);
  }
  return scope;
}
