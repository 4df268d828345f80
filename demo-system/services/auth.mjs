// auth: verifies the bearer token (a manual INTERNAL span for the signature check).
import { SpanStatusCode } from '@opentelemetry/api';
import { DEMO_TOKEN } from '../config.mjs';
import { sleep } from '../lib/service-kit.mjs';

export default function auth({ tracer }) {
  return {
    routes: [
      ['POST', '/verify', async ({ req, span }) => {
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const valid = await tracer.startActiveSpan('verify token', async (check) => {
          check.setAttribute('auth.scheme', 'bearer');
          await sleep(3);
          const ok = token === DEMO_TOKEN;
          if (!ok) check.setStatus({ code: SpanStatusCode.ERROR, message: 'invalid token' });
          check.end();
          return ok;
        });
        if (!valid) {
          span?.addEvent('token.rejected', { reason: token ? 'unknown token' : 'missing token' });
          return [401, { error: 'invalid token' }];
        }
        span?.addEvent('token.verified');
        span?.setAttribute('enduser.id', 'user-42');
        return [200, { user: 'user-42' }];
      }],
    ],
  };
}
