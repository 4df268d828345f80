import { attr, attrText } from '../../model/attributes';
import type { Attribute } from '../../model/types';

/**
 * A few words naming what a span did, shown after its duration on the bar: HTTP method and
 * status, RPC method, database system, messaging destination. Old and new OpenTelemetry
 * semantic-convention names both count. A handful of list scans: cheap enough per row.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['http.request.method', 'http.method'],
  ['http.response.status_code', 'http.status_code'],
  ['rpc.method'],
  ['db.system.name', 'db.system'],
  ['messaging.destination.name', 'messaging.destination'],
];

export function spanHint(attributes: readonly Attribute[]): string {
  const parts: string[] = [];
  for (const keys of GROUPS) {
    for (const key of keys) {
      const value = attr(attributes, key);
      if (value !== undefined) {
        const text = attrText(value);
        if (text) parts.push(text.length > 40 ? `${text.slice(0, 39)}…` : text);
        break;
      }
    }
  }
  return parts.join(' ');
}
