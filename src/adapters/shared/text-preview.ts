import type { OnLoadProgress } from '../contract';
import { PREVIEW_MIN_SPANS, type Previewed } from '../../model/trace-preview';
import type { TreeInput } from '../../model/trace-layout';
import type { BodyWatcher } from './http';
import { offerPreview } from './offer-preview';
import { TextSkeletonScanner, type SkeletonShape } from './text-skeleton';

/**
 * The text is read while it arrives only when the first two pieces came slower than this
 * (characters per ms, ~40 MB/s, counted from when the body started to arrive): reading 4 MB
 * takes ~25 ms, so the page then spends at most a quarter of the download reading. A backend
 * on the same machine delivers 4 MB every ~35 ms, where reading would only slow the download
 * down (measured in ADR 0010). Counting from the body's start, not between the two pieces,
 * keeps a page that was busy while they arrived (both already there when it gets to them)
 * from taking a slow link for a fast one.
 */
const FAST_LINK_CHARS_PER_MS = 40_000;

/** How a format's trace answers are previewed: where its spans are, and its preview function. */
export interface TextPreviewFormat<P extends TreeInput> {
  readonly shape: SkeletonShape;
  /**
   * The preview of a document; `fullSpan` gives a span as the decoder sees it (a skeleton's
   * spans hold only their places), the identity for a parsed answer.
   */
  readonly preview: (
    json: unknown,
    traceId: string,
    rowCount: number,
    minSpans: number,
    fullSpan?: (raw: unknown) => unknown,
  ) => Previewed<P> | undefined;
}

/**
 * A big trace's first rows from its text, without waiting for JSON.parse: the spans' places
 * are read while the answer downloads (text-skeleton.ts), and once it is all here the tree
 * is laid out and the first rows shown; JSON.parse and the full decode come after and take
 * over what was read and laid out.
 *
 * Reading the text costs about what JSON.parse costs, so it pays only where it is free: in
 * the pauses of a download paced by the network. The pace of the first two pieces decides:
 * faster (a backend on the same machine or LAN, where the page's CPU sets the pace), or an
 * answer of one or two pieces (nothing to overlap with), and the parsed answer is previewed
 * as before (laidOutFor).
 */
export class TextPreview<P extends TreeInput> implements BodyWatcher {
  private scanner: TextSkeletonScanner | null;
  /** When the body started to arrive (`begin`), else when the first piece came. */
  private startedAt = 0;
  private begun = false;
  /** The first piece, until the second one says how fast the link is. */
  private first: string | null = null;
  private reading = false;
  /** Whether the whole text was read (a skeleton made), with or without a preview. */
  read = false;
  laidOut: Previewed<P>['laidOut'] | undefined;

  constructor(
    private readonly traceId: string,
    private readonly onProgress: OnLoadProgress | undefined,
    private readonly format: TextPreviewFormat<P>,
    private readonly minSpans = PREVIEW_MIN_SPANS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.scanner = new TextSkeletonScanner(format.shape);
  }

  begin(): void {
    this.startedAt = this.now();
    this.begun = true;
  }

  feed(piece: string, last: boolean): void {
    const scanner = this.scanner;
    if (scanner === null) return;
    if (this.reading) {
      scanner.feed(piece);
      return;
    }
    const first = this.first;
    if (first === null) {
      if (last) this.scanner = null;
      else {
        this.first = piece;
        if (!this.begun) this.startedAt = this.now();
      }
      return;
    }
    this.first = null;
    // What arrived since startedAt: both pieces from the body's start, else the second one.
    const chars = this.begun ? first.length + piece.length : piece.length;
    const slowLink = this.now() - this.startedAt > chars / FAST_LINK_CHARS_PER_MS;
    if (last || !slowLink) {
      this.scanner = null;
      return;
    }
    this.reading = true;
    scanner.feed(first);
    scanner.feed(piece);
  }

  async beforeParse(text: string): Promise<void> {
    const scanner = this.scanner;
    this.scanner = null;
    if (scanner === null || scanner.spans < this.minSpans) return;
    const skeleton = scanner.finish(text);
    if (skeleton === undefined) return;
    this.read = true;
    this.laidOut = await offerPreview(this.onProgress, (rows) => {
      const found = this.format.preview(skeleton.json, this.traceId, rows, this.minSpans, skeleton.fullSpan);
      return found && { ...found, preview: { ...found.preview, readFrom: 'text' } };
    });
  }
}

/**
 * The layout a trace answer's preview made: from its text when that was read through,
 * otherwise (small answers, a fast link, unusual text) from the parsed answer, previewed now.
 */
export async function laidOutFor<P extends TreeInput>(
  json: unknown,
  traceId: string,
  fromText: TextPreview<P> | undefined,
  onProgress: OnLoadProgress | undefined,
  format: TextPreviewFormat<P>,
  minSpans = PREVIEW_MIN_SPANS,
): Promise<Previewed<P>['laidOut'] | undefined> {
  if (fromText?.read) return fromText.laidOut;
  return offerPreview(onProgress, (rows) => format.preview(json, traceId, rows, minSpans));
}
