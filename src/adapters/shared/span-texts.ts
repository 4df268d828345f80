// Where each span of a skeleton (skeleton-build.ts) is in the answer's bytes, and its full
// object on demand. The full decode asks for every span in order: those are parsed in batches
// of consecutive spans, one JSON.parse of "[span, span, …]" each, as JSON.parse costs a few
// µs per call (100k calls: ~300 ms more than one parse of the whole answer). A batch's
// objects die young, once decoded. Spans asked for out of order (a preview's rows) are parsed
// one by one.

import type { BodyBytes } from './body-bytes';

const BATCH_SPANS = 256;

export class SpanTexts {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Spans with the same run number follow one another in one list, nothing else between. */
  private readonly runs: number[] = [];
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
    if (!sequential) return JSON.parse(this.body.string(this.starts[k]!, this.ends[k]!));
    let to = k + 1;
    while (to < k + BATCH_SPANS && to < this.runs.length && this.runs[to] === this.runs[k]) to++;
    this.batch = JSON.parse(`[${this.body.string(this.starts[k]!, this.ends[to - 1]!)}]`) as unknown[];
    this.batchFrom = k;
    return this.batch[0];
  }
}
