import { DEMO_TRACE_IDS } from '../demo-trace-ids';
import { dbCall, httpCall, httpServer, internal } from '../calls';
import { TraceDraft } from '../trace-draft';
import { startBefore, type Scenario } from './scenario';

export const N_PLUS_ONE_STATEMENT = 'SELECT * FROM reviews WHERE product_id = ?';
/** Queries per trace, in DEMO_TRACE_IDS.reviewsNPlusOne order. */
export const N_PLUS_ONE_COUNTS = [50, 84, 121, 163, 200] as const;

/**
 * Scenario 4: an N+1 burst. catalog lists a category's products with one query, then
 * fetches each product's reviews with one query per product, one after another.
 */
export const nPlusOneScenario: Scenario = (anchorUs) =>
  DEMO_TRACE_IDS.reviewsNPlusOne.map((traceId, i) => {
    const d = new TraceDraft(traceId);
    const rng = d.rng;
    const count = N_PLUS_ONE_COUNTS[i] ?? 50;
    const category = rng.pick(['garden', 'kitchen', 'outdoor', 'books', 'toys']);
    const req = { method: 'GET', route: '/api/products', path: `/api/products?category=${category}&limit=${count}` };

    const gateway = httpServer(d, null, 'api-gateway', req);
    const catalog = httpCall(d, gateway, 'api-gateway', 'catalog', {
      ...req,
      route: '/products',
      path: `/products?category=${category}&limit=${count}`,
    }).server;
    dbCall(d, catalog, 'catalog', {
      system: 'postgresql',
      dbName: 'catalog',
      statement: 'SELECT * FROM products WHERE category = ? ORDER BY rank LIMIT ?',
      operation: 'SELECT',
      table: 'products',
      durationUs: rng.latency(6_000),
      peer: 'postgres',
    });
    const serialize = internal(d, catalog, 'catalog', 'ProductListSerializer.to_representation', {
      attributes: {
        'code.function': 'to_representation',
        'code.namespace': 'catalog.serializers.ProductListSerializer',
        'app.products.count': count,
      },
    });
    for (let q = 0; q < count; q++) {
      dbCall(
        d,
        serialize,
        'catalog',
        {
          system: 'postgresql',
          dbName: 'catalog',
          statement: N_PLUS_ONE_STATEMENT,
          operation: 'SELECT',
          table: 'reviews',
          durationUs: rng.latency(900, 0.4),
          peer: 'postgres',
        },
        { delayUs: rng.latency(120, 0.3) },
      );
    }
    return { traceId, spans: d.build(startBefore(anchorUs, rng, 1, 48)) };
  });
