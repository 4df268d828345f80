// The demo system's services, their loopback ports and where their spans are exported.
// Everything is deterministic: outcomes depend on the request number (`demo.seq` baggage).

export const DEPLOYMENT_ENVIRONMENT = 'demo';

const base = Number(process.env.DEMO_PORT_BASE ?? 18181);

/** One entry per service process; `version` becomes the service.version resource attribute. */
export const SERVICES = {
  gateway: { port: base + 0, version: '1.4.2' },
  auth: { port: base + 1, version: '2.0.1' },
  users: { port: base + 2, version: '1.9.0' },
  orders: { port: base + 3, version: '3.2.0' },
  inventory: { port: base + 4, version: '0.8.5' },
  payments: { port: base + 5, version: '5.1.3' },
  notifications: { port: base + 6, version: '1.0.0' },
};

export const SERVICE_NAMES = Object.keys(SERVICES);

export const serviceUrl = (name) => `http://127.0.0.1:${SERVICES[name].port}`;

/** Export targets; DEMO_EXPORT=jaeger,tempo,zipkin (default all) picks among them. */
export const EXPORT_TARGETS = {
  jaeger: { kind: 'otlp', url: process.env.DEMO_JAEGER_OTLP ?? 'http://127.0.0.1:4318/v1/traces' },
  tempo: { kind: 'otlp', url: process.env.DEMO_TEMPO_OTLP ?? 'http://127.0.0.1:14318/v1/traces' },
  zipkin: { kind: 'zipkin', url: process.env.DEMO_ZIPKIN_URL ?? 'http://127.0.0.1:9411/api/v2/spans' },
};

export function selectedTargets(env = process.env) {
  if (env.DEMO_EXPORT === undefined) return Object.keys(EXPORT_TARGETS);
  return env.DEMO_EXPORT.split(',').map((s) => s.trim()).filter((s) => s in EXPORT_TARGETS);
}

/** The bearer token auth accepts. */
export const DEMO_TOKEN = 'demo-token';

/** payments' behaviour for request number `seq`: 1 in 5 fails, 1 in 5 stalls past orders' timeout. */
export function paymentOutcome(seq) {
  if (seq % 5 === 3) return 'error';
  if (seq % 5 === 4) return 'timeout';
  return 'ok';
}

/** How long orders waits for payments before giving up (payments stalls longer). */
export const PAYMENT_TIMEOUT_MS = 300;
export const PAYMENT_STALL_MS = 800;

/** users' known slow request: the row for this id takes SLOW_QUERY_MS to read. */
export const SLOW_USER_ID = 7;
export const SLOW_QUERY_MS = 450;

/** Size of the N+1 burst in GET /users (one orders query per listed user). */
export const N_PLUS_ONE_USERS = 12;
