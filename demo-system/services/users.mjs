// users: reads users from PostgreSQL. One known slow row; the list endpoint has an N+1 bug.
import { N_PLUS_ONE_USERS, SLOW_QUERY_MS, SLOW_USER_ID } from '../config.mjs';
import { dbQuery } from '../lib/service-kit.mjs';

export default function users({ tracer }) {
  return {
    routes: [
      ['GET', '/users', async () => {
        const ids = await dbQuery(tracer, {
          db: 'users', operation: 'SELECT', table: 'users', ms: 8,
          statement: `SELECT id, name FROM users ORDER BY id LIMIT ${N_PLUS_ONE_USERS}`,
          result: Array.from({ length: N_PLUS_ONE_USERS }, (_, i) => i + 1),
        });
        const list = [];
        for (const id of ids) {
          // N+1: one query per user instead of a join.
          const orders = await dbQuery(tracer, {
            db: 'users', operation: 'SELECT', table: 'orders', ms: 3,
            statement: 'SELECT count(*) FROM orders WHERE user_id = $1', result: id % 4,
          });
          list.push({ id, orders });
        }
        return [200, { users: list }];
      }],
      ['GET', '/users/:id', async ({ params, span }) => {
        const id = Number(params.id);
        const slow = id === SLOW_USER_ID;
        const found = Number.isInteger(id) && id > 0 && id < 900;
        if (slow) span?.addEvent('cache.miss', { 'cache.key': `user:${id}` });
        await dbQuery(tracer, {
          db: 'users', operation: 'SELECT', table: 'users', ms: slow ? SLOW_QUERY_MS : 12,
          statement: 'SELECT id, name, email FROM users WHERE id = $1',
          attributes: slow ? { 'db.response.returned_rows': 1, 'db.plan': 'Seq Scan on users' } : { 'db.response.returned_rows': found ? 1 : 0 },
        });
        if (!found) return [404, { error: `user ${params.id} not found` }];
        return [200, { id, name: `User ${id}` }];
      }],
    ],
  };
}
