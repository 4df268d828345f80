import { DEMO_TRACE_IDS } from '../demo-trace-ids';
import { dbCall, httpCall, httpServer, internal } from '../calls';
import { TraceDraft } from '../trace-draft';
import { startBefore, type Scenario } from './scenario';

/** How far inventory's clock runs behind in the clock-skew trace. */
export const INVENTORY_CLOCK_BEHIND_US = 9_000;

/**
 * Traces with the data problems real systems produce, so the quality warnings have
 * something to show: a host whose clock runs behind (its server span starts before the
 * client span that called it) and a span whose parent was never reported (an orphan).
 */
export const dataQualityScenario: Scenario = (anchorUs) => [clockSkew(anchorUs), orphan(anchorUs)];

function clockSkew(anchorUs: number) {
  const traceId = DEMO_TRACE_IDS.clockSkew;
  const d = new TraceDraft(traceId);
  const rng = d.rng;
  const sku = `SKU-${rng.int(10_000, 99_999)}`;
  const gateway = httpServer(d, null, 'api-gateway', { method: 'GET', route: '/api/stock/{sku}', path: `/api/stock/${sku}` });
  const stock = httpCall(d, gateway, 'api-gateway', 'inventory', { method: 'GET', route: '/stock/{sku}', path: `/stock/${sku}` }).server;
  dbCall(d, stock, 'inventory', {
    system: 'postgresql',
    dbName: 'inventory',
    statement: 'SELECT sku, available, reserved FROM stock WHERE sku = $1',
    operation: 'SELECT',
    table: 'stock',
    durationUs: rng.latency(1_800),
    peer: 'postgres',
  });
  const spans = d.build(startBefore(anchorUs, rng, 5, 45), { clockOffsetUs: { inventory: -INVENTORY_CLOCK_BEHIND_US } });
  return { traceId, spans };
}

function orphan(anchorUs: number) {
  const traceId = DEMO_TRACE_IDS.orphanSpan;
  const d = new TraceDraft(traceId);
  const rng = d.rng;
  const gateway = httpServer(d, null, 'api-gateway', { method: 'POST', route: '/api/cart/items', status: 201 }, { postUs: 14_000 });
  internal(d, gateway, 'api-gateway', 'rate limit', {
    durationUs: rng.latency(300),
    attributes: { 'code.function': 'Allow', 'code.namespace': 'gateway/ratelimit', 'app.ratelimit.remaining': 57 },
  });
  // The gateway's CLIENT span for this call was dropped by its exporter: orders' server
  // span names a parent nobody reported.
  const orders = httpServer(
    d,
    null,
    'orders',
    { method: 'POST', route: '/cart/items', status: 201, edge: false },
    { missingParentId: rng.hex(16), delayUs: 1_400 },
  );
  dbCall(d, orders, 'orders', {
    system: 'postgresql',
    dbName: 'orders',
    statement:
      'INSERT INTO cart_items (cart_id, sku, quantity) VALUES ($1, $2, $3) ' +
      'ON CONFLICT (cart_id, sku) DO UPDATE SET quantity = cart_items.quantity + EXCLUDED.quantity',
    operation: 'INSERT',
    table: 'cart_items',
    durationUs: rng.latency(4_000),
    peer: 'postgres',
  });
  return { traceId, spans: d.build(startBefore(anchorUs, rng, 5, 45)) };
}
