// The saved offline HTML is the offline viewer page with the trace added as a JSON script
// element. Pure string work, so it is unit-tested without a browser.

/** The element the offline viewer reads its trace from. */
export const DATA_ELEMENT_ID = 'tracescope-data';
const OPEN_TAG = `<script type="application/json" id="${DATA_ELEMENT_ID}">`;

/** What a saved file carries: the trace as OTLP JSON, and the view to open it with. */
export interface EmbeddedTrace {
  /** Format marker, so a later viewer can read older files. */
  readonly tracescope: 1;
  readonly traceId: string;
  /** Where it came from, for the viewer's title and source name. */
  readonly sourceName: string;
  readonly exportedAt: string;
  /** URL parameters of the view at export time (span=…), without source. */
  readonly view: string;
  /** OTLP/JSON TracesData. */
  readonly otlp: unknown;
}

/**
 * JSON that is safe inside a `<script>` element: `<` is written `\u003c`, so no `</script>`,
 * `<!--` or `<script` in the data can end or change the element. JSON.parse reads it back as is.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Puts the data into a viewer page, replacing the data element it already has (the empty
 * one of offline-viewer.html, or the trace of a saved file being saved again). The page's
 * inlined code also mentions the tag, so the element is the LAST occurrence: it sits at the
 * end of <body>, after every script.
 */
export function embedTraceData(viewerHtml: string, data: EmbeddedTrace): string {
  const start = viewerHtml.lastIndexOf(OPEN_TAG);
  if (start < 0) throw new Error(`The offline viewer page has no <script id="${DATA_ELEMENT_ID}"> element; rebuild it with "npm run build".`);
  const end = viewerHtml.indexOf('</script>', start + OPEN_TAG.length);
  if (end < 0) throw new Error('The offline viewer page is cut short (its data element is not closed).');
  return `${viewerHtml.slice(0, start)}${OPEN_TAG}${jsonForScript(data)}${viewerHtml.slice(end)}`;
}

/** Reads the data element back; null when the page carries no trace (the bare template). */
export function readEmbeddedTrace(doc: Document): EmbeddedTrace | null {
  const elements = doc.querySelectorAll(`script#${DATA_ELEMENT_ID}`);
  const element = elements[elements.length - 1];
  const text = element?.textContent?.trim();
  if (!text) return null;
  const data: unknown = JSON.parse(text);
  if (typeof data !== 'object' || data === null || (data as { tracescope?: unknown }).tracescope !== 1) {
    throw new Error('The embedded trace data is not in a format this viewer reads.');
  }
  return data as EmbeddedTrace;
}
