import { type JsonRecord, join, own } from '../shared/decode-helpers';

/**
 * OTLP JSON arrives camelCase (the protobuf JSON mapping) or snake_case (Go structs marshalled
 * as-is, e.g. Grafana's Tempo test data). A field is read under either name; the name found
 * is returned too, so error paths quote what the payload really says.
 */
export function pick(obj: JsonRecord, camel: string): { value: unknown; key: string } {
  const v = own(obj, camel);
  if (v !== undefined) return { value: v, key: camel };
  const snake = toSnake(camel);
  return { value: own(obj, snake), key: snake };
}

/** `pick(...).value`, without allocating (it runs several times per span). */
export function get(obj: JsonRecord, camel: string): unknown {
  const v = own(obj, camel);
  return v !== undefined ? v : own(obj, toSnake(camel));
}

/** The path of a field read with `pick`, as the payload spells it. */
export function pathOf(path: string, obj: JsonRecord, camel: string): string {
  return join(path, pick(obj, camel).key);
}

const SNAKE = new Map<string, string>();

function toSnake(camel: string): string {
  let s = SNAKE.get(camel);
  if (s === undefined) SNAKE.set(camel, (s = camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)));
  return s;
}
