// notifications: a queue consumer. /enqueue accepts a message (still in the producer's
// trace); a worker then processes it in a NEW trace whose CONSUMER span links back to the
// producer's span, as a consumer of a real broker does.
import { ROOT_CONTEXT, SpanKind, context, propagation, trace } from '@opentelemetry/api';
import { dbQuery, sleep } from '../lib/service-kit.mjs';

export default function notifications({ tracer, pending }) {
  const queue = [];
  let draining = null;

  function processMessage(message) {
    const producer = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, message.headers ?? {}));
    return context.with(ROOT_CONTEXT, () => tracer.startActiveSpan('order-events process', {
      kind: SpanKind.CONSUMER,
      root: true,
      links: producer ? [{ context: producer, attributes: { 'messaging.operation.type': 'send' } }] : [],
      attributes: {
        'messaging.system': 'demo-queue',
        'messaging.destination.name': 'order-events',
        'messaging.operation': 'process',
        'messaging.operation.type': 'process',
        'messaging.operation.name': 'process',
        'messaging.message.id': String(message.id),
      },
    }, async (span) => {
      await dbQuery(tracer, {
        db: 'notifications', operation: 'INSERT', table: 'outbox', ms: 6,
        statement: 'INSERT INTO outbox (order_id, template) VALUES ($1, $2)',
      });
      await tracer.startActiveSpan('render email', async (render) => {
        await sleep(15);
        render.addEvent('email.queued', { 'email.template': 'order-confirmation' });
        render.end();
      });
      span.end();
    }));
  }

  async function drain() {
    while (queue.length) await processMessage(queue.shift());
    draining = null;
  }

  return {
    routes: [
      ['POST', '/enqueue', async ({ body, span }) => {
        queue.push(body ?? {});
        span?.addEvent('message.enqueued', { 'messaging.message.id': String(body?.id ?? '') });
        if (!draining) {
          const work = sleep(5).then(drain);
          draining = work;
          pending.add(work);
          work.finally(() => pending.delete(work));
        }
        return [202, { queued: true }];
      }],
    ],
  };
}
