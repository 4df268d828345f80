// inventory: reserves stock in its own database.
import { dbQuery } from '../lib/service-kit.mjs';

export default function inventory({ tracer }) {
  return {
    routes: [
      ['POST', '/reserve', async ({ body, span }) => {
        const items = Array.isArray(body?.items) ? body.items : [];
        await dbQuery(tracer, {
          db: 'inventory', operation: 'UPDATE', table: 'stock', ms: 20,
          statement: 'UPDATE stock SET reserved = reserved + $2 WHERE sku = ANY($1)',
        });
        span?.addEvent('stock.reserved', { 'inventory.items': items.length });
        return [200, { reserved: items.length }];
      }],
    ],
  };
}
