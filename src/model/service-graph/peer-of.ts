import { attr, attrText } from '../attributes';
import type { Span } from '../types';
import type { NodeKind } from './graph-types';

export interface Peer {
  readonly name: string;
  readonly kind: Exclude<NodeKind, 'service'>;
}

function text(span: Span, key: string): string | undefined {
  const v = attr(span, key);
  const t = v === undefined ? '' : attrText(v).trim();
  return t === '' ? undefined : t;
}

/**
 * The peer a client or producer span talks to, from OpenTelemetry semantic conventions
 * (current and older names), or null when the span names none. Databases and queues are
 * recognised by `db.system` / `messaging.system`; anything else named is external.
 */
export function peerOf(span: Span): Peer | null {
  const db = text(span, 'db.system') ?? text(span, 'db.system.name');
  if (db !== undefined) {
    return { kind: 'database', name: text(span, 'peer.service') ?? text(span, 'db.name') ?? text(span, 'db.namespace') ?? db };
  }
  const messaging = text(span, 'messaging.system');
  if (messaging !== undefined) {
    return { kind: 'queue', name: text(span, 'messaging.destination.name') ?? text(span, 'messaging.destination') ?? messaging };
  }
  const name =
    text(span, 'peer.service') ??
    text(span, 'server.address') ??
    text(span, 'net.peer.name') ??
    text(span, 'http.host') ??
    hostOf(text(span, 'url.full') ?? text(span, 'http.url'));
  return name === undefined ? null : { kind: 'external', name };
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}
