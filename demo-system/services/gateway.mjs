// gateway: the public edge. Checks the caller with auth, then routes to users or orders.
import { SpanStatusCode } from '@opentelemetry/api';
import { callService } from '../lib/service-kit.mjs';

export default function gateway({ http }) {
  const call = (svc, path, opts) => callService(http, svc, path, opts);

  async function authorize(req, span) {
    const res = await call('auth', '/verify', { method: 'POST', headers: { authorization: req.headers.authorization ?? '' } });
    if (res.status !== 200) span?.addEvent('request.rejected', { 'auth.status': res.status });
    return res;
  }

  async function forward(span, work) {
    try {
      const res = await work();
      return [res.status, res.body];
    } catch (e) {
      span?.recordException(e);
      span?.setStatus({ code: SpanStatusCode.ERROR, message: e.message });
      return [502, { error: e.message }];
    }
  }

  return {
    routes: [
      ['GET', '/api/users', async ({ req, span }) => {
        const auth = await authorize(req, span);
        if (auth.status !== 200) return [auth.status, auth.body];
        return forward(span, () => call('users', '/users'));
      }],
      ['GET', '/api/users/:id', async ({ req, params, span }) => {
        const auth = await authorize(req, span);
        if (auth.status !== 200) return [auth.status, auth.body];
        return forward(span, () => call('users', `/users/${encodeURIComponent(params.id)}`));
      }],
      ['POST', '/api/orders', async ({ req, body, span }) => {
        const auth = await authorize(req, span);
        if (auth.status !== 200) return [auth.status, auth.body];
        const [status, payload] = await forward(span, () => call('orders', '/orders', { method: 'POST', body: { ...body, user: auth.body.user }, timeoutMs: 5000 }));
        // The edge reports upstream failures on its own span, as an API gateway would.
        if (status >= 500) span?.setStatus({ code: SpanStatusCode.ERROR, message: `orders answered ${status}` });
        return [status, payload];
      }],
    ],
  };
}
