import { DEMO_TRACE_IDS } from '../demo-trace-ids';
import { dbCall, exceptionEvent, grpcCall, httpCall, httpServer, internal, kafkaConsume, kafkaProduce, logEvent } from '../calls';
import { TraceDraft } from '../trace-draft';
import { startBefore, type Scenario, type ScenarioTrace } from './scenario';

const TOPIC = 'orders.created';
/** The one consumer whose first e-mail attempt gets a 503 and is retried. */
const RETRIED = 3;

const SMTP_REFUSED = exceptionEvent(
  'SmtpConnectionError',
  'connect ECONNREFUSED 10.12.9.4:587',
  'SmtpConnectionError: connect ECONNREFUSED 10.12.9.4:587\n' +
    '    at SMTPConnection._onError (node_modules/nodemailer/lib/smtp-connection/index.js:796:20)',
  0.9,
);

/**
 * Scenario 3: orders publishes `orders.created` to kafka (PRODUCER span); fulfillment
 * consumes it in a separate trace whose CONSUMER root links back to that producer span.
 * Both traces are in the demo, so the link can be followed.
 */
export const messagingScenario: Scenario = (anchorUs) => {
  const out: ScenarioTrace[] = [];
  DEMO_TRACE_IDS.orderPublished.forEach((producerTraceId, i) => {
    const consumerTraceId = DEMO_TRACE_IDS.orderConsumed[i];
    if (!consumerTraceId) return;
    const p = new TraceDraft(producerTraceId);
    const rng = p.rng;
    const orderId = `ord-${rng.int(100_000, 999_999)}`;
    const message = { topic: TOPIC, key: orderId, partition: rng.int(0, 11), offset: rng.int(1_000_000, 9_999_999) };

    const gateway = httpServer(p, null, 'api-gateway', { method: 'POST', route: '/api/orders', status: 202 });
    const orders = httpCall(p, gateway, 'api-gateway', 'orders', { method: 'POST', route: '/orders', status: 202 }).server;
    internal(p, orders, 'orders', 'validate order', {
      durationUs: rng.latency(700),
      attributes: { 'code.function': 'validateOrder', 'code.namespace': 'orders/handlers', 'app.order.id': orderId },
    });
    dbCall(p, orders, 'orders', {
      system: 'postgresql',
      dbName: 'orders',
      statement: 'INSERT INTO orders (id, customer_id, total_cents, status) VALUES ($1, $2, $3, $4)',
      operation: 'INSERT',
      table: 'orders',
      durationUs: rng.latency(3_500),
      peer: 'postgres',
    });
    const produced = kafkaProduce(p, orders, 'orders', message);
    const producerSpans = p.build(startBefore(anchorUs, rng, 2, 48));
    out.push({ traceId: producerTraceId, spans: producerSpans });

    // The consumer picks the message up after some lag, in its own trace.
    const producerSpan = producerSpans[produced];
    if (!producerSpan || producerSpan.startUs === null) return;
    const c = new TraceDraft(consumerTraceId);
    const crng = c.rng;
    const lagUs = crng.int(40_000, 1_500_000);
    const root = kafkaConsume(c, null, 'fulfillment', { ...message, group: 'fulfillment' }, {
      links: [{ traceId: producerTraceId, spanId: producerSpan.spanId, kind: 'link', attributes: [] }],
      attributes: { 'app.order.id': orderId },
      events: [logEvent(0, 'INFO', 'message received', { 'messaging.kafka.consumer.lag_ms': Math.round(lagUs / 1000) })],
    });
    const allocate = internal(c, root, 'fulfillment', 'allocate warehouse', {
      attributes: {
        'code.function': 'allocate',
        'code.namespace': 'fulfillment.allocation',
        'app.warehouse': crng.pick(['DUB-1', 'FRA-2', 'AMS-1']),
      },
    });
    const stock = grpcCall(c, allocate, 'fulfillment', 'inventory', { service: 'inventory.v1.InventoryService', method: 'AllocateStock' }).server;
    dbCall(c, stock, 'inventory', {
      system: 'postgresql',
      dbName: 'inventory',
      statement: 'UPDATE stock SET reserved = reserved - $1, allocated = allocated + $1 WHERE sku = $2',
      operation: 'UPDATE',
      table: 'stock',
      durationUs: crng.latency(2_800),
      peer: 'postgres',
    });
    dbCall(c, root, 'fulfillment', {
      system: 'postgresql',
      dbName: 'fulfillment',
      statement: 'INSERT INTO shipments (order_id, warehouse, status) VALUES ($1, $2, $3)',
      operation: 'INSERT',
      table: 'shipments',
      durationUs: crng.latency(3_000),
      peer: 'postgres',
    });
    const email = { method: 'POST', route: '/v1/emails' };
    if (i === RETRIED) {
      httpCall(c, root, 'fulfillment', 'notifications', { ...email, status: 503, errorMessage: 'smtp relay unavailable' }, {
        client: { events: [logEvent(1, 'WARN', 'retrying in 200ms', { 'http.request.resend_count': 1 })] },
        server: { events: [SMTP_REFUSED] },
      });
    }
    const retry = { client: { delayUs: 200_000, attributes: { 'http.request.resend_count': 1 } } };
    httpCall(c, root, 'fulfillment', 'notifications', { ...email, status: 202 }, i === RETRIED ? retry : {});
    const consumedAt = producerSpan.startUs + (producerSpan.durationUs ?? 0) + lagUs;
    out.push({ traceId: consumerTraceId, spans: c.build(consumedAt) });
  });
  return out;
};
