import type { OnLoadProgress } from '../contract';
import { PREVIEW_MIN_SPANS, type Previewed } from '../../model/trace-preview';
import type { BodyWatcher } from '../shared/http';
import { offerPreview } from '../shared/offer-preview';
import { previewOtlp } from './preview';
import type { SpanPlace } from './span-fast-path';
import { OtlpTextScanner } from './text-skeleton';

/**
 * The text is read while it arrives only when the first two pieces came slower than this
 * (characters per ms, ~40 MB/s): reading 4 MB takes ~25 ms, so the page then spends at most
 * a quarter of the download reading. A backend on the same machine delivers 4 MB every
 * ~35 ms, where reading would only slow the download down (measured in ADR 0010).
 */
const FAST_LINK_CHARS_PER_MS = 40_000;

/**
 * A big OTLP trace's first rows from its text, without waiting for JSON.parse: the spans'
 * places are read while the answer downloads (text-skeleton.ts), and once it is all here the
 * tree is laid out and the first rows shown; JSON.parse and the full decode come after and
 * take over what was read and laid out.
 *
 * Reading the text costs about what JSON.parse costs, so it pays only where it is free: in
 * the pauses of a download paced by the network. The pace of the first two pieces decides:
 * faster (a backend on the same machine or LAN, where the page's CPU sets the pace), or an
 * answer of one or two pieces (nothing to overlap with), and the preview is made from the
 * parsed answer as before (otlpLaidOut).
 */
export class OtlpTextPreview implements BodyWatcher {
  private scanner: OtlpTextScanner | null = new OtlpTextScanner();
  /** The first piece and when it came, until the second one says how fast the link is. */
  private first: { readonly piece: string; readonly at: number } | null = null;
  private reading = false;
  /** Whether the whole text was read (a skeleton made), with or without a preview. */
  read = false;
  laidOut: Previewed<SpanPlace>['laidOut'] | undefined;

  constructor(
    private readonly traceId: string,
    private readonly onProgress: OnLoadProgress | undefined,
    private readonly minSpans = PREVIEW_MIN_SPANS,
    private readonly now: () => number = () => performance.now(),
  ) {}

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
      else this.first = { piece, at: this.now() };
      return;
    }
    this.first = null;
    const slowLink = this.now() - first.at > piece.length / FAST_LINK_CHARS_PER_MS;
    if (last || !slowLink) {
      this.scanner = null;
      return;
    }
    this.reading = true;
    scanner.feed(first.piece);
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
      const found = previewOtlp(skeleton.json, this.traceId, rows, this.minSpans, skeleton.fullSpan);
      return found && { ...found, preview: { ...found.preview, readFrom: 'text' } };
    });
  }
}

/**
 * The layout a trace answer's preview made: from its text when that was read through,
 * otherwise (small answers, a fast link, unusual text) from the parsed answer, previewed now.
 */
export async function otlpLaidOut(
  json: unknown,
  traceId: string,
  fromText: OtlpTextPreview | undefined,
  onProgress: OnLoadProgress | undefined,
  minSpans = PREVIEW_MIN_SPANS,
): Promise<Previewed<SpanPlace>['laidOut'] | undefined> {
  if (fromText?.read) return fromText.laidOut;
  return offerPreview(onProgress, (rows) => previewOtlp(json, traceId, rows, minSpans));
}
