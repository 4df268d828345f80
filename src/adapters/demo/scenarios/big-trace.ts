import { DEMO_TRACE_IDS } from '../demo-trace-ids';
import { dbCall, exceptionEvent, grpcCall, httpCall, httpServer, internal, kafkaProduce, logEvent } from '../calls';
import { TraceDraft } from '../trace-draft';
import { authCheck } from './common';
import { startBefore, type Scenario } from './scenario';

/** Roughly how many spans the big trace has (the last account may overshoot by a few dozen). */
export const BIG_TRACE_TARGET_SPANS = 5_000;

/**
 * Scenario 5: one trace of about 5,000 spans. A monthly-statements report renders every
 * account, eight at a time; each account fans out to users, ledger → pricing → currency
 * (the deepest path, 12 levels), audit (kafka) and sometimes recommendations → catalog →
 * search/inventory. A few calls fail (currency unavailable and retried, recommendations
 * past their deadline), with exception and log events.
 */
export const bigTraceScenario: Scenario = (anchorUs) => {
  const traceId = DEMO_TRACE_IDS.bigTrace;
  const d = new TraceDraft(traceId);
  const rng = d.rng;
  const start = startBefore(anchorUs, rng, 3, 6);

  const gateway = httpServer(d, null, 'api-gateway', { method: 'POST', route: '/api/reports/monthly-statements', status: 202 });
  authCheck(d, gateway, 'api-gateway');
  const reports = httpCall(d, gateway, 'api-gateway', 'reports', { method: 'POST', route: '/reports/monthly-statements', status: 202 }).server;
  grpcCall(d, reports, 'reports', 'feature-flags', { service: 'flags.v1.FlagService', method: 'Evaluate' }, {
    server: { attributes: { 'feature_flag.key': 'statements.v2-layout', 'feature_flag.variant': 'on' } },
  });
  const list = internal(d, reports, 'reports', 'load account list', {
    attributes: { 'code.function': 'load_accounts', 'code.namespace': 'reports.jobs.statements' },
  });
  dbCall(d, list, 'reports', {
    system: 'postgresql',
    dbName: 'finance',
    statement: "SELECT id, currency FROM accounts WHERE status = 'active' AND statement_day = $1",
    operation: 'SELECT',
    table: 'accounts',
    durationUs: rng.latency(45_000),
    peer: 'postgres',
  });
  const render = internal(d, reports, 'reports', 'render statements', {
    concurrency: 8,
    attributes: { 'code.function': 'render_all', 'code.namespace': 'reports.jobs.statements', 'app.worker_pool.size': 8 },
  });
  let accounts = 0;
  while (d.size < BIG_TRACE_TARGET_SPANS - 30) {
    account(d, render, accounts++);
  }
  httpCall(d, reports, 'reports', 'notifications', { method: 'POST', route: '/v1/notifications/batch', status: 202 }, {
    client: { events: [logEvent(0, 'INFO', `rendered ${accounts} statements`, { 'app.statements.count': accounts })] },
  });
  return [{ traceId, spans: d.build(start) }];
};

/** One account's statement: about 40 spans, up to 10 levels below `parent`. */
function account(d: TraceDraft, parent: number, n: number): void {
  const rng = d.rng;
  const accountId = `acc-${(100_000 + n * 37).toString(36)}`;
  const acc = grpcCall(d, parent, 'reports', 'accounts', { service: 'accounts.v1.AccountService', method: 'GetStatement' }, {
    server: { attributes: { 'app.account.id': accountId }, events: [logEvent(1, 'INFO', 'statement assembled')] },
  }).server;
  const cacheHit = rng.chance(0.3);
  dbCall(d, acc, 'accounts', {
    system: 'redis',
    dbName: '0',
    statement: `GET account:${accountId}`,
    operation: 'GET',
    durationUs: rng.latency(500),
    peer: 'redis-cache',
    name: 'GET',
  }, { events: cacheHit ? [] : [{ at: 1, name: 'cache miss', attributes: { 'cache.key': `account:${accountId}` } }] });

  const user = grpcCall(d, acc, 'accounts', 'users', { service: 'users.v1.UserService', method: 'GetUser' }).server;
  dbCall(d, user, 'users', {
    system: 'postgresql',
    dbName: 'users',
    statement: 'SELECT id, email, locale FROM users WHERE account_id = $1',
    operation: 'SELECT',
    table: 'users',
    durationUs: rng.latency(3_000),
    peer: 'postgres',
  });

  const ledger = grpcCall(d, acc, 'accounts', 'ledger', { service: 'ledger.v1.LedgerService', method: 'ListEntries' }, {
    server: { concurrency: 4 },
  }).server;
  dbCall(d, ledger, 'ledger', {
    system: 'postgresql',
    dbName: 'ledger',
    statement: 'SELECT * FROM entries WHERE account_id = $1 AND booked_at >= $2 ORDER BY booked_at',
    operation: 'SELECT',
    table: 'entries',
    durationUs: rng.latency(8_000),
    peer: 'postgres',
  });
  const entries = rng.int(3, 8);
  for (let e = 0; e < entries; e++) quote(d, ledger);

  const audit = grpcCall(d, acc, 'accounts', 'audit', { service: 'audit.v1.AuditService', method: 'Record' }).server;
  kafkaProduce(d, audit, 'audit', { topic: 'audit.events', key: accountId, partition: rng.int(0, 5), offset: rng.int(10_000_000, 99_999_999) });

  if (rng.chance(0.3)) offers(d, acc);
}

const CURRENCY_UNAVAILABLE = exceptionEvent(
  'Grpc.Core.RpcException',
  'Status(StatusCode="Unavailable", Detail="connection reset by peer")',
  'Grpc.Core.RpcException: Status(StatusCode="Unavailable", Detail="connection reset by peer")\n' +
    '   at Pricing.Quotes.CurrencyClient.ConvertAsync(CurrencyClient.cs:42)\n' +
    '   at Pricing.Quotes.QuoteService.Quote(QuoteService.cs:88)',
);

/** ledger → pricing → currency → redis: the deepest path of the trace. */
function quote(d: TraceDraft, ledger: number): void {
  const rng = d.rng;
  const pricing = grpcCall(d, ledger, 'ledger', 'pricing', { service: 'pricing.v1.PricingService', method: 'Quote' }).server;
  const pair = rng.pick(['EUR:USD', 'EUR:GBP', 'USD:JPY', 'EUR:CHF']);
  const unavailable = rng.chance(0.02);
  const attempts = unavailable ? 2 : 1;
  for (let a = 0; a < attempts; a++) {
    const failed = unavailable && a === 0;
    const currency = grpcCall(
      d,
      pricing,
      'pricing',
      'currency',
      {
        service: 'currency.v1.CurrencyService',
        method: 'Convert',
        code: failed ? 14 : 0,
        errorMessage: failed ? 'UNAVAILABLE: connection reset by peer' : undefined,
      },
      failed
        ? { client: { events: [CURRENCY_UNAVAILABLE, logEvent(1, 'WARN', 'retrying Convert', { 'rpc.retry': 1 })] } }
        : a > 0
          ? { client: { delayUs: 50_000, attributes: { 'rpc.retry': a } } }
          : {},
    ).server;
    if (failed) continue;
    dbCall(d, currency, 'currency', {
      system: 'redis',
      dbName: '2',
      statement: `GET rate:${pair}`,
      operation: 'GET',
      durationUs: rng.latency(350),
      peer: 'redis-rates',
      name: 'GET',
    });
  }
}

/** accounts → recommendations → catalog → search and inventory; sometimes past its deadline. */
function offers(d: TraceDraft, acc: number): void {
  const rng = d.rng;
  const late = rng.chance(0.1);
  const rec = grpcCall(
    d,
    acc,
    'accounts',
    'recommendations',
    {
      service: 'recommendations.v1.OfferService',
      method: 'ListOffers',
      code: late ? 4 : 0,
      errorMessage: late ? 'DEADLINE_EXCEEDED: deadline exceeded after 0.25s' : undefined,
    },
  ).server;
  // A late scoring run uses up the caller's 250 ms deadline; the cancelled context then
  // stops the handler before it asks catalog for the products.
  internal(d, rec, 'recommendations', 'score offers', {
    durationUs: late ? rng.int(246_000, 248_000) : rng.latency(6_000),
    attributes: { 'code.function': 'score', 'code.namespace': 'recommendations.model', 'app.model.version': '2026-11-03' },
    events: late ? [logEvent(1, 'ERROR', 'context canceled', { 'error.type': 'asyncio.CancelledError' })] : [],
  });
  if (late) return;
  const ids = [rng.int(100, 999), rng.int(100, 999), rng.int(100, 999)].join(',');
  const catalog = httpCall(d, rec, 'recommendations', 'catalog', {
    method: 'GET',
    route: '/products/batch',
    path: `/products/batch?ids=${ids}`,
  }).server;
  const search = grpcCall(d, catalog, 'catalog', 'search', { service: 'search.v1.SearchService', method: 'Lookup' }).server;
  dbCall(d, search, 'search', {
    system: 'elasticsearch',
    dbName: 'products',
    statement: '{"query":{"terms":{"product_id":["?"]}}}',
    operation: 'search',
    durationUs: rng.latency(4_000),
    peer: 'elasticsearch',
    name: 'search products',
  });
  const stock = grpcCall(d, catalog, 'catalog', 'inventory', { service: 'inventory.v1.InventoryService', method: 'BatchAvailability' }).server;
  dbCall(d, stock, 'inventory', {
    system: 'postgresql',
    dbName: 'inventory',
    statement: 'SELECT sku, available FROM stock WHERE sku = ANY($1)',
    operation: 'SELECT',
    table: 'stock',
    durationUs: rng.latency(2_000),
    peer: 'postgres',
  });
}
