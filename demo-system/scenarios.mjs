// The deterministic list of requests the traffic driver sends to the gateway. Request number
// `seq` (1-based) always runs SCENARIOS[(seq - 1) % SCENARIOS.length]; payments' outcome
// depends on seq too (config.paymentOutcome), and the list length is a multiple of 5, so
// every pass of the list produces the same set of traces.
import { DEMO_TOKEN, SLOW_USER_ID, paymentOutcome } from './config.mjs';

const auth = { authorization: `Bearer ${DEMO_TOKEN}` };
const order = { method: 'POST', path: '/api/orders', headers: auth, body: { items: ['sku-1', 'sku-2'] } };

export const SCENARIOS = [
  { name: 'get-user', method: 'GET', path: '/api/users/42', headers: auth },
  { name: 'create-order', ...order }, // seq 2: payment ok
  { name: 'create-order', ...order }, // seq 3: payment error
  { name: 'create-order', ...order }, // seq 4: payment timeout
  { name: 'get-user-slow-query', method: 'GET', path: `/api/users/${SLOW_USER_ID}`, headers: auth },
  { name: 'list-users-n-plus-one', method: 'GET', path: '/api/users', headers: auth },
  { name: 'create-order', ...order }, // seq 7: ok
  { name: 'get-user-unauthorized', method: 'GET', path: '/api/users/42', headers: { authorization: 'Bearer wrong' } },
  { name: 'get-user-not-found', method: 'GET', path: '/api/users/999', headers: auth },
  { name: 'create-order', ...order }, // seq 10: ok
];

/** The scenario for request number `seq`, with the payment outcome folded into its name. */
export function scenarioFor(seq) {
  const s = SCENARIOS[(seq - 1) % SCENARIOS.length];
  if (s.name !== 'create-order') return { ...s };
  const outcome = paymentOutcome(seq);
  return { ...s, name: outcome === 'ok' ? 'create-order' : `create-order-payment-${outcome}` };
}
