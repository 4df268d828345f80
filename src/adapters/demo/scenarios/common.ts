import { dbCall, grpcCall, internal, logEvent } from '../calls';
import type { TraceDraft } from '../trace-draft';

/** Token check every edge request makes: gRPC to auth, which looks the session up in redis. */
export function authCheck(
  d: TraceDraft,
  parent: number,
  from: string,
  outcome: 'ok' | 'expired' = 'ok',
): { client: number; server: number } {
  const rng = d.rng;
  const expired = outcome === 'expired';
  const call = grpcCall(
    d,
    parent,
    from,
    'auth',
    {
      service: 'auth.v1.AuthService',
      method: 'CheckToken',
      code: expired ? 16 : 0,
      errorMessage: expired ? 'UNAUTHENTICATED: token expired at 2026-11-22T02:58:11Z' : undefined,
    },
    { server: { attributes: { 'enduser.id': `u-${rng.int(10_000, 99_999)}` } } },
  );
  internal(d, call.server, 'auth', 'jwt.verify', {
    durationUs: rng.latency(180),
    attributes: { 'code.function': 'VerifySignature', 'code.namespace': 'auth/internal/jwt', 'jwt.alg': 'RS256' },
    events: expired ? [logEvent(0.9, 'WARN', 'token expired', { 'jwt.exp': 1795143491 })] : [],
  });
  if (!expired) {
    dbCall(d, call.server, 'auth', {
      system: 'redis',
      dbName: '0',
      statement: `GET session:${rng.hex(12)}`,
      operation: 'GET',
      durationUs: rng.latency(450),
      peer: 'redis-sessions',
      name: 'GET',
    });
  }
  return call;
}
