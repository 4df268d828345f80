// payments: charges through an external provider. By request number (demo.seq baggage):
// 1 in 5 fails with 500, 1 in 5 stalls longer than orders waits (orders times out).
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { PAYMENT_STALL_MS, paymentOutcome } from '../config.mjs';
import { demoBaggage, sleep } from '../lib/service-kit.mjs';

export default function payments({ tracer }) {
  let localCount = 0; // for requests without the driver's baggage (e.g. curl)

  function chargeProvider(outcome, amount) {
    return tracer.startActiveSpan('POST /v1/charges', {
      kind: SpanKind.CLIENT,
      attributes: {
        'http.method': 'POST', 'http.request.method': 'POST',
        'url.full': 'https://api.payment-provider.example/v1/charges',
        'http.url': 'https://api.payment-provider.example/v1/charges',
        'server.address': 'api.payment-provider.example', 'server.port': 443,
        'peer.service': 'payment-provider',
        'payment.amount_cents': amount,
      },
    }, async (span) => {
      await sleep(outcome === 'timeout' ? PAYMENT_STALL_MS : outcome === 'error' ? 40 : 60);
      const status = outcome === 'error' ? 503 : 200;
      span.setAttributes({ 'http.status_code': status, 'http.response.status_code': status });
      if (status >= 400) span.setStatus({ code: SpanStatusCode.ERROR, message: 'provider unavailable' });
      span.end();
      return status;
    });
  }

  return {
    routes: [
      ['POST', '/charge', async ({ body, span }) => {
        const seq = demoBaggage().seq ?? ++localCount;
        const outcome = paymentOutcome(seq);
        const amount = Number(body?.amountCents ?? 0);
        span?.setAttribute('payment.outcome', outcome);
        const status = await chargeProvider(outcome, amount);
        if (status !== 200) {
          const error = new Error('card processor unavailable (provider answered 503)');
          span?.recordException(error);
          span?.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
          return [500, { error: error.message }];
        }
        if (outcome === 'timeout') span?.addEvent('charge.completed_late', { 'payment.stall_ms': PAYMENT_STALL_MS });
        span?.addEvent('charge.captured', { 'payment.amount_cents': amount });
        return [200, { charged: amount }];
      }],
    ],
  };
}
