import { AttributeInterner } from '../../model/attribute-interner';
import { normalizeSpanId, normalizeTraceId } from '../../model/ids';
import type { DecodedPayload, SpanInput } from '../../model/span-input';
import type { DataWarning, TraceFormat } from '../../model/types';

/**
 * Groups decoded spans by trace id and gathers payload- and trace-level warnings, so each
 * decoder only converts spans. Trace ids in one payload may arrive in several pieces (a
 * Jaeger search listing the same trace twice, Zipkin arrays): pieces are merged.
 */
export class PayloadCollector {
  private readonly traces = new Map<string, SpanInput[]>();
  private readonly traceWarnings = new Map<string, DataWarning[]>();
  private readonly warnings: DataWarning[] = [];
  /** One payload's spans share their equal attributes (see attribute-interner.ts). */
  readonly interner = new AttributeInterner();

  constructor(private readonly format: TraceFormat) {}

  addSpan(span: SpanInput): void {
    let list = this.traces.get(span.traceId);
    if (!list) {
      list = [];
      this.traces.set(span.traceId, list);
    }
    list.push(span);
  }

  addWarning(warning: DataWarning): void {
    this.warnings.push(warning);
  }

  addTraceWarning(traceId: string, warning: DataWarning): void {
    let list = this.traceWarnings.get(traceId);
    if (!list) {
      list = [];
      this.traceWarnings.set(traceId, list);
    }
    list.push(warning);
  }

  result(): DecodedPayload {
    // A trace-level warning for a trace without spans still has to be seen somewhere.
    for (const [traceId, list] of this.traceWarnings) {
      if (this.traces.has(traceId)) continue;
      for (const w of list) this.warnings.push({ kind: w.kind, message: `trace ${traceId}: ${w.message}` });
      this.traceWarnings.delete(traceId);
    }
    return {
      format: this.format,
      traces: this.traces,
      warnings: this.warnings,
      ...(this.traceWarnings.size > 0 ? { traceWarnings: this.traceWarnings } : {}),
    };
  }
}

/**
 * Normalizes an id from the data. An id that is neither hex nor base64 is kept as written
 * (lower-cased) so the span is still shown, and the span gets an 'invalid-id' warning.
 */
export function readId(
  raw: string,
  which: 'trace' | 'span' | 'parent',
  warnings: DataWarning[],
): string {
  const normalized = which === 'trace' ? normalizeTraceId(raw) : normalizeSpanId(raw);
  if (normalized !== null) return normalized;
  warnings.push({ kind: 'invalid-id', message: `${which} id "${clip(raw)}" is neither hex nor base64` });
  return raw.trim().toLowerCase() || `(empty ${which} id)`;
}

export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
