/**
 * The backend-neutral filter language's syntax tree. It knows no backend: adapters
 * compile it to their native query, and `evaluate.ts` runs it on the model.
 */

/** Half-open character range [start, end) in the query text, for errors and colors. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export type CompareOp = '=' | '!=' | '>' | '>=' | '<' | '<=' | '=~' | '!~';

export type Field =
  | { readonly kind: 'service' }
  | { readonly kind: 'operation' }
  /** Trace duration in search; a span's own duration inside a trace. */
  | { readonly kind: 'duration' }
  | { readonly kind: 'span.duration' }
  | { readonly kind: 'status' }
  | { readonly kind: 'kind' }
  | { readonly kind: 'attr'; readonly key: string };

export type Value =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'bool'; readonly value: boolean }
  /** A duration literal such as `1.5s`, kept in µs; `text` is how it was written. */
  | { readonly type: 'duration'; readonly us: number; readonly text: string };

export type Expr =
  | { readonly type: 'and'; readonly items: readonly Expr[] }
  | { readonly type: 'or'; readonly items: readonly Expr[] }
  | {
      readonly type: 'compare';
      readonly field: Field;
      readonly op: CompareOp;
      readonly value: Value;
      readonly range: TextRange;
    }
  /** `has(key)` or a bare key: the attribute exists. */
  | { readonly type: 'exists'; readonly field: Field; readonly range: TextRange; readonly bare: boolean }
  /** A lone quoted string: free text over names, services and attribute values. */
  | { readonly type: 'text'; readonly text: string; readonly range: TextRange };

/** The empty query matches everything. */
export type Query = Expr | null;

export type CompareExpr = Extract<Expr, { type: 'compare' }>;
export type LeafExpr = Extract<Expr, { type: 'compare' | 'exists' | 'text' }>;
