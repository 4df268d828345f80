import { DEMO_TRACE_IDS } from '../demo-trace-ids';
import { dbCall, httpCall, httpServer, logEvent } from '../calls';
import { TraceDraft } from '../trace-draft';
import { authCheck } from './common';
import { startBefore, type Scenario } from './scenario';

const SLOW = new Set<string>(DEMO_TRACE_IDS.userProfileSlowQuery);
/** The one profile request whose token has expired: auth says no, users is never called. */
const EXPIRED_TOKEN = DEMO_TRACE_IDS.userProfile[3];

const PROFILE_SQL =
  'SELECT u.id, u.email, u.display_name, s.plan, s.renews_at FROM users u ' +
  'JOIN subscriptions s ON s.user_id = u.id WHERE u.id = $1';

/**
 * Scenario 1: frontend → api-gateway → auth (token check) → users → postgres. Three of
 * the twelve requests hit a slow `SELECT` (1–2 s); one is refused with an expired token.
 */
export const userProfileScenario: Scenario = (anchorUs) =>
  DEMO_TRACE_IDS.userProfile.map((traceId) => {
    const d = new TraceDraft(traceId);
    const rng = d.rng;
    const start = startBefore(anchorUs, rng, 1, 48);
    const slow = SLOW.has(traceId);
    const expired = traceId === EXPIRED_TOKEN;
    const userId = rng.int(1000, 99_999);
    const route = rng.chance(0.6)
      ? { method: 'GET', route: '/api/users/me', path: '/api/users/me' }
      : { method: 'GET', route: '/api/users/{id}/preferences', path: `/api/users/${userId}/preferences` };
    const status = expired ? 401 : 200;

    // Half of the requests come traced from the browser, the others start at the gateway.
    let gateway: number;
    if (rng.chance(0.5)) {
      const page = d.add(null, {
        service: 'frontend',
        name: `${route.method} ${route.route}`,
        kind: 'client',
        preUs: rng.latency(2_000),
        postUs: rng.latency(1_500),
        attributes: {
          'http.request.method': route.method,
          'url.full': `https://shop.example.com${route.path}`,
          'server.address': 'shop.example.com',
          'http.response.status_code': status,
          'error.type': expired ? '401' : undefined,
        },
        status: expired ? { code: 'error', message: 'HTTP 401 Unauthorized' } : undefined,
      });
      gateway = httpServer(d, page, 'api-gateway', { ...route, status, edge: true });
    } else {
      gateway = httpServer(d, null, 'api-gateway', { ...route, status });
    }

    authCheck(d, gateway, 'api-gateway', expired ? 'expired' : 'ok');
    if (!expired) {
      const users = httpCall(d, gateway, 'api-gateway', 'users', {
        method: 'GET',
        route: '/users/{id}',
        path: `/users/${userId}`,
      }).server;
      dbCall(d, users, 'users', {
        system: 'redis',
        dbName: '1',
        statement: `GET user:${userId}`,
        operation: 'GET',
        durationUs: rng.latency(400),
        peer: 'redis-cache',
        name: 'GET',
      });
      const queryUs = slow ? rng.int(1_000_000, 2_000_000) : rng.latency(4_000);
      dbCall(
        d,
        users,
        'users',
        {
          system: 'postgresql',
          dbName: 'users',
          statement: PROFILE_SQL,
          operation: 'SELECT',
          table: 'users',
          durationUs: queryUs,
          peer: 'postgres',
        },
        slow
          ? { events: [logEvent(1, 'WARN', 'slow query', { 'db.duration_ms': Math.round(queryUs / 1000), 'db.rows_examined': 1_284_112 })] }
          : {},
      );
      dbCall(d, users, 'users', {
        system: 'redis',
        dbName: '1',
        statement: `SET user:${userId} ? EX 300`,
        operation: 'SET',
        durationUs: rng.latency(350),
        peer: 'redis-cache',
        name: 'SET',
      });
    }
    return { traceId, spans: d.build(start) };
  });
