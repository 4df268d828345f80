// Same-origin proxies to the backends named in the environment, shared by `npm start`
// (scripts/serve.mjs) and `npm run dev` (vite.config.ts), so CORS never blocks local use.

/** Backend source ids and the environment variable naming each one's URL. */
export const BACKEND_ENV = { jaeger: 'JAEGER_URL', tempo: 'TEMPO_URL', zipkin: 'ZIPKIN_URL' };

/** `{ id, type, target }` for every backend whose variable is set to an http(s) URL. */
export function configuredBackends(env) {
  const out = [];
  for (const [id, variable] of Object.entries(BACKEND_ENV)) {
    const value = env[variable];
    if (!value) continue;
    let url;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`${variable}=${value} is not a URL (expected e.g. http://127.0.0.1:16686)`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`${variable} must be an http(s) URL, got ${value}`);
    }
    out.push({ id, type: id, target: url.href.replace(/\/$/, '') });
  }
  return out;
}

/** The path prefix under which a backend is proxied, relative to the app's base. */
export const proxyPrefix = (id) => `backends/${id}`;

/** Vite `server.proxy` entries for the configured backends. */
export function backendProxies(env) {
  const proxies = {};
  for (const b of configuredBackends(env)) {
    const prefix = `/${proxyPrefix(b.id)}`;
    proxies[prefix] = {
      target: b.target,
      changeOrigin: true,
      rewrite: (p) => p.slice(prefix.length) || '/',
    };
  }
  return proxies;
}

/**
 * Whether config.json sends the browser straight to the backends (`BACKENDS_DIRECT=1`; they
 * must answer CORS) instead of through the same-origin proxies.
 */
export const backendsDirect = (env) => env.BACKENDS_DIRECT === '1';

/** config.json for a local run: the demo source plus one source per configured backend. */
export function localConfig(env, base) {
  const backends = configuredBackends(env);
  const names = { jaeger: 'Jaeger', tempo: 'Tempo', zipkin: 'Zipkin' };
  const url = (b) => (backendsDirect(env) ? b.target : proxyPrefix(b.id));
  return {
    sources: [
      { id: 'demo', name: 'Demo', type: 'demo' },
      ...backends.map((b) => ({ id: b.id, name: `${names[b.id]} (${b.target})`, type: b.type, url: url(b) })),
    ],
    defaultSource: env.DEFAULT_SOURCE ?? (backends[0]?.id ?? 'demo'),
    linkTemplates: base?.linkTemplates ?? [],
    routing: base?.routing ?? 'history',
  };
}
