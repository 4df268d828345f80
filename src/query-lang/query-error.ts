import type { TextRange } from './ast';

/** A syntax or type error with the place in the query text it concerns. */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly range: TextRange,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}
