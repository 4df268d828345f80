// orders: reserves stock, charges the payment, stores the order and publishes an
// "order created" message (PRODUCER span) that notifications consumes in a new trace.
import { SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import { PAYMENT_TIMEOUT_MS } from '../config.mjs';
import { callService, dbQuery } from '../lib/service-kit.mjs';

export default function orders({ http, tracer }) {
  let nextOrder = 1000;
  const call = (svc, path, opts) => callService(http, svc, path, opts);

  function publish(orderId, payload) {
    return tracer.startActiveSpan('order-events publish', {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'demo-queue',
        'messaging.destination.name': 'order-events',
        'messaging.operation': 'publish',
        'messaging.operation.type': 'send',
        'messaging.operation.name': 'publish',
        'messaging.message.id': String(orderId),
      },
    }, async (span) => {
      // The message carries the producer's context in its own headers, as brokers do.
      const headers = {};
      propagation.inject(trace.setSpan(context.active(), span), headers);
      try {
        const res = await call('notifications', '/enqueue', { method: 'POST', body: { id: String(orderId), headers, payload } });
        if (res.status !== 202) span.setStatus({ code: SpanStatusCode.ERROR, message: `enqueue answered ${res.status}` });
      } finally {
        span.end();
      }
    });
  }

  return {
    routes: [
      ['POST', '/orders', async ({ body, span }) => {
        const items = Array.isArray(body?.items) ? body.items : ['sku-1'];
        const orderId = nextOrder++;
        span?.setAttribute('order.id', orderId);
        await call('inventory', '/reserve', { method: 'POST', body: { items } });
        let payment;
        try {
          payment = await call('payments', '/charge', { method: 'POST', body: { amountCents: 1999 * items.length }, timeoutMs: PAYMENT_TIMEOUT_MS });
        } catch (e) {
          span?.recordException(e);
          span?.setStatus({ code: SpanStatusCode.ERROR, message: 'payment timed out' });
          return [504, { error: `payment timed out after ${PAYMENT_TIMEOUT_MS} ms` }];
        }
        if (payment.status !== 200) {
          span?.setStatus({ code: SpanStatusCode.ERROR, message: 'payment failed' });
          return [500, { error: 'payment failed', cause: payment.body?.error }];
        }
        await dbQuery(tracer, {
          db: 'orders', operation: 'INSERT', table: 'orders', ms: 10,
          statement: 'INSERT INTO orders (id, user_id, items) VALUES ($1, $2, $3)',
        });
        await publish(orderId, { user: body?.user ?? null, items });
        span?.addEvent('order.created', { 'order.id': orderId });
        return [201, { orderId }];
      }],
    ],
  };
}
