import { micros, type Micros } from '../lib/units';
import { isErrorSpan } from './attributes';
import type { ServiceSummary, Span } from './types';

/** Trace-wide extent, depth and error and per-service counts, gathered span by span. */
export class TraceTotals {
  maxDepth = 0;
  errorCount = 0;
  /** Indices of the error spans, in the order added. */
  readonly errorIndices: number[] = [];
  private startUs = Infinity;
  private endUs = -Infinity;
  private readonly services = new Map<string, { spanCount: number; errorCount: number }>();
  // Neighbouring spans mostly share a service: skip the map lookup then.
  private lastName: string | undefined;
  private last = { spanCount: 0, errorCount: 0 };

  add(span: Span): void {
    if (span.startUs < this.startUs) this.startUs = span.startUs;
    if (span.endUs > this.endUs) this.endUs = span.endUs;
    if (span.depth > this.maxDepth) this.maxDepth = span.depth;
    const error = isErrorSpan(span);
    if (error) {
      this.errorCount++;
      this.errorIndices.push(span.index);
    }
    let service = this.last;
    if (span.service !== this.lastName) {
      const known = this.services.get(span.service);
      if (known === undefined) this.services.set(span.service, (service = { spanCount: 0, errorCount: 0 }));
      else service = known;
      this.lastName = span.service;
      this.last = service;
    }
    service.spanCount++;
    if (error) service.errorCount++;
  }

  /** First start and last end of the spans added; 0 and 0 when there were none. */
  extent(): { startUs: Micros; endUs: Micros } {
    if (this.startUs === Infinity) return { startUs: micros(0), endUs: micros(0) };
    return { startUs: micros(this.startUs), endUs: micros(this.endUs) };
  }

  /** Per service, sorted by name. */
  serviceList(): ServiceSummary[] {
    return [...this.services]
      .map(([name, counts]) => ({ name, ...counts }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}
