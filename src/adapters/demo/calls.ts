import type { SpanStatus } from '../../model/types';
import type { PlainAttributes } from './attribute-map';
import type { EventDraft, SpanSpec, TraceDraft } from './trace-draft';

/**
 * Span helpers that speak OpenTelemetry semantic conventions (HTTP, gRPC, database,
 * messaging), so scenarios read like call graphs instead of attribute lists.
 */
export type Extra = Partial<Omit<SpanSpec, 'service' | 'name' | 'kind'>>;

const REASON: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const hostOf = (service: string): string => `${service}.prod.svc.cluster.local`;

function merge(base: SpanSpec, extra: Extra = {}): SpanSpec {
  return { ...base, ...extra, attributes: { ...base.attributes, ...extra.attributes } };
}

/** Server spans fail on 5xx only (a 4xx is the caller's fault); client spans on 4xx and 5xx. */
function httpStatus(code: number, side: 'server' | 'client', message?: string): SpanStatus {
  const failed = side === 'server' ? code >= 500 : code >= 400;
  if (!failed) return { code: 'unset' };
  return { code: 'error', message: message ?? `HTTP ${code} ${REASON[code] ?? ''}`.trim() };
}

export interface HttpRequest {
  readonly method: string;
  readonly route: string;
  /** The concrete path; defaults to the route. */
  readonly path?: string;
  readonly status?: number;
  readonly errorMessage?: string;
  /** Served at the public edge (https, public host); defaults to "is a root span". */
  readonly edge?: boolean;
}

/** An HTTP SERVER span (a root when `parent` is null: the edge of the system). */
export function httpServer(
  draft: TraceDraft,
  parent: number | null,
  service: string,
  req: HttpRequest,
  extra?: Extra,
): number {
  const status = req.status ?? 200;
  const edge = req.edge ?? parent === null;
  return draft.add(
    parent,
    merge(
      {
        service,
        name: `${req.method} ${req.route}`,
        kind: 'server',
        status: httpStatus(status, 'server', req.errorMessage),
        attributes: {
          'http.request.method': req.method,
          'http.route': req.route,
          'url.path': req.path ?? req.route,
          'url.scheme': edge ? 'https' : 'http',
          'http.response.status_code': status,
          'server.address': edge ? 'shop.example.com' : hostOf(service),
          'server.port': edge ? 443 : 8080,
          'network.protocol.version': edge ? '2' : '1.1',
          'client.address': edge ? '203.0.113.42' : '10.12.3.17',
          'user_agent.original': edge
            ? 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15'
            : undefined,
          'error.type': status >= 500 ? String(status) : undefined,
        },
      },
      extra,
    ),
  );
}

/** An HTTP call from `from` to `to`: a CLIENT span and the callee's SERVER span under it. */
export function httpCall(
  draft: TraceDraft,
  parent: number,
  from: string,
  to: string,
  req: HttpRequest,
  extra: { client?: Extra; server?: Extra } = {},
): { client: number; server: number } {
  const status = req.status ?? 200;
  const rng = draft.rng;
  const client = draft.add(
    parent,
    merge(
      {
        service: from,
        name: `${req.method} ${req.route}`,
        kind: 'client',
        status: httpStatus(status, 'client', req.errorMessage),
        preUs: rng.latency(350),
        postUs: rng.latency(250),
        attributes: {
          'http.request.method': req.method,
          'url.full': `http://${hostOf(to)}:8080${req.path ?? req.route}`,
          'server.address': hostOf(to),
          'server.port': 8080,
          'http.response.status_code': status,
          'peer.service': to,
          'error.type': status >= 400 ? String(status) : undefined,
        },
      },
      extra.client,
    ),
  );
  const server = httpServer(draft, client, to, req, extra.server);
  return { client, server };
}

export interface RpcRequest {
  readonly service: string; // e.g. auth.v1.AuthService
  readonly method: string;
  /** gRPC status code; 0 is OK. */
  readonly code?: number;
  readonly errorMessage?: string;
}

/** A gRPC call: CLIENT span in `from`, SERVER span in `to`. */
export function grpcCall(
  draft: TraceDraft,
  parent: number,
  from: string,
  to: string,
  rpc: RpcRequest,
  extra: { client?: Extra; server?: Extra } = {},
): { client: number; server: number } {
  const code = rpc.code ?? 0;
  const status: SpanStatus = code === 0 ? { code: 'unset' } : { code: 'error', message: rpc.errorMessage ?? `gRPC status ${code}` };
  const common = {
    'rpc.system': 'grpc',
    'rpc.service': rpc.service,
    'rpc.method': rpc.method,
    'rpc.grpc.status_code': code,
    'server.address': hostOf(to),
    'server.port': 50051,
  };
  const name = `${rpc.service}/${rpc.method}`;
  const rng = draft.rng;
  const client = draft.add(
    parent,
    merge(
      {
        service: from,
        name,
        kind: 'client',
        status,
        preUs: rng.latency(300),
        postUs: rng.latency(200),
        attributes: { ...common, 'peer.service': to },
      },
      extra.client,
    ),
  );
  const server = draft.add(client, merge({ service: to, name, kind: 'server', status, attributes: common }, extra.server));
  return { client, server };
}

export interface DbQuery {
  readonly system: 'postgresql' | 'mysql' | 'redis' | 'elasticsearch';
  readonly dbName: string;
  readonly statement: string;
  readonly operation: string;
  readonly table?: string;
  readonly durationUs: number;
  /** The database as a peer (it is not a traced service of its own). */
  readonly peer: string;
  readonly name?: string;
}

/** A database CLIENT span: the database itself is a peer, named by db.system and peer.service. */
export function dbCall(draft: TraceDraft, parent: number, service: string, q: DbQuery, extra?: Extra): number {
  const port = { postgresql: 5432, mysql: 3306, redis: 6379, elasticsearch: 9200 }[q.system];
  return draft.add(
    parent,
    merge(
      {
        service,
        name: q.name ?? (q.table ? `${q.operation} ${q.dbName}.${q.table}` : q.operation),
        kind: 'client',
        durationUs: q.durationUs,
        attributes: {
          'db.system': q.system,
          'db.name': q.dbName,
          'db.statement': q.statement,
          'db.operation': q.operation,
          'db.sql.table': q.table,
          'server.address': `${q.peer}.prod.internal`,
          'server.port': port,
          'peer.service': q.peer,
        },
      },
      extra,
    ),
  );
}

export function internal(draft: TraceDraft, parent: number, service: string, name: string, extra?: Extra): number {
  return draft.add(parent, merge({ service, name, kind: 'internal' }, extra));
}

export interface KafkaMessage {
  readonly topic: string;
  readonly key: string;
  readonly partition: number;
  readonly offset: number;
}

const KAFKA = { 'messaging.system': 'kafka', 'server.address': 'kafka-0.kafka.prod.internal', 'server.port': 9092 };

export function kafkaProduce(draft: TraceDraft, parent: number, service: string, m: KafkaMessage, extra?: Extra): number {
  return draft.add(
    parent,
    merge(
      {
        service,
        name: `${m.topic} publish`,
        kind: 'producer',
        durationUs: draft.rng.latency(1800),
        attributes: {
          ...KAFKA,
          'messaging.operation': 'publish',
          'messaging.destination.name': m.topic,
          'messaging.kafka.message.key': m.key,
          'messaging.kafka.destination.partition': m.partition,
          'messaging.message.id': `${m.partition}-${m.offset}`,
          'peer.service': 'kafka',
        },
      },
      extra,
    ),
  );
}

export function kafkaConsume(
  draft: TraceDraft,
  parent: number | null,
  service: string,
  m: KafkaMessage & { readonly group: string },
  extra?: Extra,
): number {
  return draft.add(
    parent,
    merge(
      {
        service,
        name: `${m.topic} process`,
        kind: 'consumer',
        attributes: {
          ...KAFKA,
          'messaging.operation': 'process',
          'messaging.destination.name': m.topic,
          'messaging.kafka.consumer.group': m.group,
          'messaging.kafka.message.key': m.key,
          'messaging.kafka.destination.partition': m.partition,
          'messaging.kafka.message.offset': m.offset,
          'messaging.message.id': `${m.partition}-${m.offset}`,
        },
      },
      extra,
    ),
  );
}

/** The `exception` event of the OpenTelemetry conventions. */
export function exceptionEvent(type: string, message: string, stacktrace: string, at = 1): EventDraft {
  return {
    at,
    name: 'exception',
    attributes: { 'exception.type': type, 'exception.message': message, 'exception.stacktrace': stacktrace, 'exception.escaped': true },
  };
}

/** A log record attached to a span, as OpenTelemetry log bridges do. */
export function logEvent(
  at: number,
  severity: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR',
  message: string,
  attributes: PlainAttributes = {},
): EventDraft {
  return { at, name: 'log', attributes: { 'log.severity': severity, 'log.message': message, ...attributes } };
}
