import type { Expr, Query } from './ast';

/** The top-level terms joined by `and` (one term when the query is a single condition or an `or`). */
export function conjuncts(query: Query): readonly Expr[] {
  if (query === null) return [];
  return query.type === 'and' ? query.items : [query];
}

/** Joins terms with `and`; no terms is the empty query. */
export function conjoin(items: readonly Expr[]): Query {
  if (items.length === 0) return null;
  if (items.length === 1) return items[0] as Expr;
  return { type: 'and', items: items.flatMap((e) => (e.type === 'and' ? e.items : [e])) };
}
