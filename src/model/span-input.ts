import type { Micros } from '../lib/units';
import type {
  Attribute,
  DataWarning,
  InstrumentationScope,
  SpanEvent,
  SpanKind,
  SpanLink,
  SpanStatus,
  TraceFormat,
} from './types';

/**
 * What a decoder produces for one span, before the tree is built. Ids are already
 * normalized (lower-case hex, trace 32 chars, span 16 chars). Missing times are null:
 * buildTrace decides where to draw such a span and attaches the warning.
 */
export interface SpanInput {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string | null;
  readonly name: string;
  readonly service: string;
  readonly kind: SpanKind;
  readonly startUs: Micros | null;
  readonly durationUs: Micros | null;
  readonly status: SpanStatus;
  readonly attributes: readonly Attribute[];
  readonly resource: readonly Attribute[];
  readonly scope: InstrumentationScope | null;
  readonly events: readonly SpanEvent[];
  readonly links: readonly SpanLink[];
  readonly warnings: readonly DataWarning[];
  readonly extras: Readonly<Record<string, string | number | boolean>>;
  /**
   * Zipkin: the SERVER half of a span whose id it shares with its CLIENT half
   * (`shared: true`). It becomes a child of that client half (see docs/adr).
   */
  readonly sharedServerHalf?: boolean;
}

/** Decoded but not yet built: spans grouped by trace, with payload-level warnings. */
export interface DecodedPayload {
  readonly format: TraceFormat;
  readonly traces: ReadonlyMap<string, readonly SpanInput[]>;
  readonly warnings: readonly DataWarning[];
  /** Trace-level warnings keyed by trace id (Jaeger trace `warnings`, Tempo PARTIAL). */
  readonly traceWarnings?: ReadonlyMap<string, readonly DataWarning[]>;
}

/** Raised by decoders for input they cannot read; `path` says where (e.g. `data[0].spans[3].startTime`). */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly path: string = '',
  ) {
    super(path ? `${message} (at ${path})` : message);
    this.name = 'DecodeError';
  }
}
