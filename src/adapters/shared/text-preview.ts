import type { OnLoadProgress } from '../contract';
import { PREVIEW_MIN_SPANS, type Previewed } from '../../model/trace-preview';
import type { TreeInput } from '../../model/trace-layout';
import type { PlaceColumns } from '../../model/place-columns';
import type { BodyBytes } from './body-bytes';
import type { BodyWatcher } from './http';
import { markLoadPhase } from '../../lib/load-marks';
import { offerPreview } from './offer-preview';
import { TextSkeletonScanner, type SkeletonShape, type SpanFields, type SpanPlaceSink, type TextSkeleton } from './text-skeleton';

/**
 * A link slower than this (bytes per ms, ~40 MB/s, counted from when the body started to
 * arrive) has the bytes read as they come; on a faster one, after the last: see TextPreview.
 */
export const FAST_LINK_BYTES_PER_MS = 40_000;

/** How a format's trace answers are previewed: where its spans are, and its preview function. */
export interface TextPreviewFormat<P extends TreeInput> {
  readonly shape: SkeletonShape;
  /**
   * The preview of a document; `fullSpan` gives a span as the decoder sees it (a skeleton's
   * spans hold only their places), the identity for a parsed answer; `placeOf` a span's place
   * (by default, the format's own reading of the span); `columnsOf` the places of the
   * document's spans (in input order) as columns, when the reader holds them so.
   */
  readonly preview: (
    json: unknown,
    traceId: string,
    rowCount: number,
    minSpans: number,
    fullSpan?: (raw: unknown) => unknown,
    placeOf?: (raw: unknown) => P | undefined,
    columnsOf?: (raws: readonly unknown[]) => PlaceColumns<P> | undefined,
  ) => Previewed<P> | undefined;
  /** For a shape with `bareSpans`: what reads the places from the bytes. */
  readonly placeReader?: (traceId: string) => TextPlaceReader<P>;
}

/**
 * Reads a bare skeleton's places (the format's `placeReader`): told of each span as the
 * scanner reads it (with its place, when WebAssembly read that too), asked for each place.
 */
export interface TextPlaceReader<P extends TreeInput> extends SpanPlaceSink {
  /** The place of a skeleton's span: read with it, or read now from the bytes. */
  placeOf(item: unknown, fields: SpanFields | undefined): P | undefined;
  /** A skeleton's spans' places (in input order) as columns, ids matched, when it can. */
  columns?(items: readonly unknown[], fields: SpanFields): PlaceColumns<P> | undefined;
}

/**
 * A big trace's answer read as a skeleton (text-skeleton.ts) instead of one JSON.parse: every
 * span's ids and times, where each span's text is, and everything outside the span lists.
 * From it the tree is laid out and the first rows shown; the full decode then parses each
 * span from its own text just before decoding it, and takes over what was read and laid out.
 *
 * Against one JSON.parse of the whole answer (55 MB, 100k spans: ~450 ms, ~150 MB of objects
 * that outlive the decode and wait for a major GC, which then lands while the user scrolls):
 * reading the bytes takes ~200 ms, and the spans' objects die young. The bytes are read as
 * they arrive when the scanner reads spans with WebAssembly (~5 ms a 4 MB piece, which fits in
 * the pauses of even a fast download) or the link leaves pauses for it (the first piece came
 * slower than FAST_LINK_BYTES_PER_MS). Otherwise (the JavaScript scanner on a fast link) the
 * page's CPU sets the download's pace, and reading meanwhile slowed the download by as much as
 * it saved (ADR 0010), so the pieces are kept and read after the last one. An answer of one
 * piece (4 MB) is parsed as before.
 */
export class TextPreview<P extends TreeInput> implements BodyWatcher {
  private scanner: TextSkeletonScanner | null;
  /** When the body started to arrive (`begin`), else when the first piece came. */
  private startedAt: number | null = null;
  /** Whether the pieces are read as they arrive (a slow link), or kept for later. */
  private reading = false;
  private kept: Uint8Array[] = [];
  /** The format's reader of places, told of each span as it is read. */
  private readonly places: TextPlaceReader<P> | undefined;
  /** Whether the whole text was read (a skeleton made), with or without a preview. */
  read = false;
  laidOut: Previewed<P>['laidOut'] | undefined;

  constructor(
    private readonly traceId: string,
    private readonly onProgress: OnLoadProgress | undefined,
    private readonly format: TextPreviewFormat<P>,
    private readonly minSpans = PREVIEW_MIN_SPANS,
    private readonly now: () => number = () => performance.now(),
    useWasm = true,
  ) {
    this.places = format.placeReader?.(traceId);
    this.scanner = new TextSkeletonScanner(format.shape, useWasm, this.places);
  }

  begin(totalBytes: number | null = null): void {
    this.startedAt = this.now();
    if (totalBytes !== null) this.scanner?.expect(totalBytes);
  }

  /** How many spans have been read so far (none yet when the pieces wait for the last one). */
  get spansRead(): number {
    return this.scanner?.spans ?? 0;
  }

  feed(piece: Uint8Array, last: boolean): void {
    const scanner = this.scanner;
    if (scanner === null) return;
    if (this.kept.length === 0 && !this.reading) {
      if (last) {
        this.scanner = null; // one piece: JSON.parse is as quick
        return;
      }
      // The first piece decides. Counting from the body's start keeps a page that was busy
      // while the piece arrived (it gets to it late) from taking a slow link for a fast one.
      const startedAt = this.startedAt ?? this.now();
      this.reading = scanner.readsSpansFast || this.now() - startedAt > piece.length / FAST_LINK_BYTES_PER_MS;
    }
    if (this.reading) scanner.feed(piece);
    else this.kept.push(piece);
  }

  async beforeParse(body: BodyBytes): Promise<TextSkeleton | undefined> {
    const scanner = this.scanner;
    this.scanner = null;
    if (scanner === null) return undefined;
    for (const piece of this.kept) scanner.feed(piece);
    this.kept = [];
    const skeleton = scanner.finish(body);
    if (skeleton === undefined) return undefined;
    markLoadPhase('skeleton');
    this.read = true;
    if (scanner.spans >= this.minSpans) {
      this.laidOut = await offerPreview(this.onProgress, (rows) => {
        const { places } = this;
        const fields = skeleton.spanFields;
        const placeOf = places && ((item: unknown) => places.placeOf(item, fields));
        const columnsOf = fields && places?.columns && ((items: readonly unknown[]) => places.columns?.(items, fields));
        const found = this.format.preview(skeleton.json, this.traceId, rows, this.minSpans, skeleton.fullSpan, placeOf, columnsOf);
        return found && { ...found, preview: { ...found.preview, readFrom: 'text' } };
      });
    }
    return skeleton;
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
