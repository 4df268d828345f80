// Where each span of a skeleton (skeleton-build.ts) is in the answer's bytes, and its full
// object on demand. The full decode asks for every span in order: those are parsed in batches
// of consecutive spans, one JSON.parse of "[span, span, …]" each, as JSON.parse costs a few
// µs per call (100k calls: ~300 ms more than one parse of the whole answer). A batch's
// objects die young, once decoded. Spans asked for out of order (a preview's rows) are parsed
// one by one.

import { Int32List } from '../../lib/int-list';
import type { BodyBytes } from './body-bytes';

const BATCH_SPANS = 256;

export class SpanTexts {
  // Kept through the whole decode: typed, outside the JS heap (see int-list.ts).
  private readonly starts = new Int32List();
  private readonly ends = new Int32List();
  /** Spans with the same run number follow one another in one list, nothing else between. */
  private readonly runs = new Int32List();
  private run = 0;
  private lastAsked = -2;
  private batch: readonly unknown[] = [];
  private batchFrom = 0;

  constructor(private readonly body: BodyBytes) {}

  /** Records the next span, at bytes `[start, end)`; returns its number. */
  add(start: number, end: number, followsSpan: boolean): number {
    if (!followsSpan) this.run++;
    this.starts.push(start);
    this.ends.push(end);
    this.runs.push(this.run);
    return this.starts.length - 1;
  }

  /** Span `k`'s object, as JSON.parse gives it. */
  full(k: number): unknown {
    const sequential = k === this.lastAsked + 1;
    this.lastAsked = k;
    const at = k - this.batchFrom;
    if (at >= 0 && at < this.batch.length) return this.batch[at];
    if (!sequential) return JSON.parse(this.body.string(this.starts.get(k), this.ends.get(k)));
    let to = k + 1;
    const { runs } = this;
    while (to < k + BATCH_SPANS && to < runs.length && runs.get(to) === runs.get(k)) to++;
    this.batch = JSON.parse(`[${this.body.string(this.starts.get(k), this.ends.get(to - 1))}]`) as unknown[];
    this.batchFrom = k;
    return this.batch[0];
  }
}
