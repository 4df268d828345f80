import { DEMO_TRACE_IDS } from '../demo-trace-ids';
import { dbCall, exceptionEvent, grpcCall, httpCall, httpServer, internal, logEvent } from '../calls';
import { TraceDraft } from '../trace-draft';
import { authCheck } from './common';
import { startBefore, type Scenario } from './scenario';

const TIMEOUT = new Set<string>(DEMO_TRACE_IDS.checkoutTimeout);
const PROVIDER_TIMEOUT_US = 5_000_000;

const PROVIDER_STACK = `java.net.SocketTimeoutException: Read timed out
\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)
\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)
\tat okhttp3.internal.http1.Http1ExchangeCodec.readResponseHeaders(Http1ExchangeCodec.kt:180)
\tat com.shop.payments.provider.PspClient.createPaymentIntent(PspClient.java:117)
\tat com.shop.payments.ChargeService.charge(ChargeService.java:64)`;

const PAYMENT_TIMEOUT = exceptionEvent(
  'com.shop.payments.ProviderTimeoutException',
  'payment provider did not answer within 5s',
  PROVIDER_STACK,
  0.995,
);
const CHECKOUT_FAILED = exceptionEvent(
  'com.shop.checkout.PaymentFailedException',
  'charge failed: payments answered 504',
  'com.shop.checkout.PaymentFailedException: charge failed: payments answered 504\n' +
    '\tat com.shop.checkout.CheckoutController.placeOrder(CheckoutController.java:88)',
  0.99,
);

/**
 * Scenario 2: api-gateway → checkout → inventory (reserve) and payments (charge). In a
 * third of the checkouts the payment provider never answers: payments gives up after 5 s
 * (exception event, 504), checkout releases the reservation and answers 504 too.
 */
export const checkoutScenario: Scenario = (anchorUs) =>
  DEMO_TRACE_IDS.checkout.map((traceId) => {
    const d = new TraceDraft(traceId);
    const rng = d.rng;
    const start = startBefore(anchorUs, rng, 1, 48);
    const timedOut = TIMEOUT.has(traceId);
    const status = timedOut ? 504 : 200;
    const cartId = rng.hex(10);
    const items = rng.int(1, 4);
    const amountCents = rng.int(1_500, 48_000);

    const gateway = httpServer(d, null, 'api-gateway', { method: 'POST', route: '/api/checkout', status });
    authCheck(d, gateway, 'api-gateway');
    const checkout = httpCall(
      d,
      gateway,
      'api-gateway',
      'checkout',
      { method: 'POST', route: '/checkout', status, errorMessage: timedOut ? 'payment provider timeout' : undefined },
      {
        server: {
          attributes: { 'app.cart.id': cartId, 'app.cart.items': items },
          events: timedOut ? [CHECKOUT_FAILED] : [],
        },
      },
    ).server;

    internal(d, checkout, 'checkout', 'validate cart', {
      durationUs: rng.latency(900),
      attributes: { 'code.function': 'validateCart', 'code.namespace': 'com.shop.checkout.CartValidator' },
    });

    const reserve = grpcCall(d, checkout, 'checkout', 'inventory', { service: 'inventory.v1.InventoryService', method: 'ReserveItems' }).server;
    for (let i = 0; i < items; i++) {
      dbCall(d, reserve, 'inventory', {
        system: 'postgresql',
        dbName: 'inventory',
        statement: 'UPDATE stock SET reserved = reserved + $1 WHERE sku = $2 AND available - reserved >= $1',
        operation: 'UPDATE',
        table: 'stock',
        durationUs: rng.latency(2_500),
        peer: 'postgres',
      });
    }

    internal(d, checkout, 'checkout', 'compute totals', {
      durationUs: rng.latency(600),
      attributes: { 'code.function': 'computeTotals', 'app.order.amount_cents': amountCents, 'app.order.currency': 'EUR' },
    });

    const charge = httpCall(
      d,
      checkout,
      'checkout',
      'payments',
      {
        method: 'POST',
        route: '/v1/charges',
        status: timedOut ? 504 : 201,
        errorMessage: timedOut ? 'payment provider did not answer within 5s' : undefined,
      },
      {
        server: {
          attributes: { 'app.payment.amount_cents': amountCents, 'app.payment.method': rng.pick(['card', 'card', 'paypal', 'sepa']) },
          events: timedOut ? [PAYMENT_TIMEOUT] : [],
        },
      },
    ).server;
    internal(d, charge, 'payments', 'fraud score', {
      durationUs: rng.latency(3_000),
      attributes: {
        'code.function': 'score',
        'code.namespace': 'com.shop.payments.fraud.RiskModel',
        'app.fraud.score': Math.round(rng.float(0, 0.4) * 1000) / 1000,
      },
    });
    d.add(charge, {
      service: 'payments',
      name: 'POST /v1/payment_intents',
      kind: 'client',
      durationUs: timedOut ? PROVIDER_TIMEOUT_US : rng.latency(280_000, 0.4),
      status: timedOut ? { code: 'error', message: 'Read timed out' } : undefined,
      attributes: {
        'http.request.method': 'POST',
        'url.full': 'https://api.psp.example.com/v1/payment_intents',
        'server.address': 'api.psp.example.com',
        'server.port': 443,
        'peer.service': 'psp',
        'http.response.status_code': timedOut ? undefined : 200,
        'error.type': timedOut ? 'java.net.SocketTimeoutException' : undefined,
      },
      events: timedOut
        ? [
            logEvent(0.5, 'WARN', 'payment provider slow, still waiting'),
            exceptionEvent('java.net.SocketTimeoutException', 'Read timed out', PROVIDER_STACK),
          ]
        : [],
    });
    dbCall(d, charge, 'payments', {
      system: 'postgresql',
      dbName: 'payments',
      statement: timedOut
        ? "UPDATE charges SET status = 'provider_timeout' WHERE id = $1"
        : 'INSERT INTO charges (id, cart_id, amount_cents, status) VALUES ($1, $2, $3, $4)',
      operation: timedOut ? 'UPDATE' : 'INSERT',
      table: 'charges',
      durationUs: rng.latency(3_000),
      peer: 'postgres',
    });

    if (timedOut) {
      grpcCall(d, checkout, 'checkout', 'inventory', { service: 'inventory.v1.InventoryService', method: 'ReleaseItems' });
    }
    return { traceId, spans: d.build(start) };
  });
