// Where "Save offline HTML" gets the viewer page: offline-viewer.html next to index.html in
// a deployed app, or, inside a saved file, that file's own page (there is no server to ask).
let ownPage: string | null = null;

/** Called by the offline viewer at start-up, before it renders anything into the page. */
export function setViewerTemplateToOwnPage(html: string): void {
  ownPage = html;
}

export const isOfflineViewer = (): boolean => ownPage !== null;

export async function loadViewerTemplate(signal?: AbortSignal): Promise<string> {
  if (ownPage !== null) return ownPage;
  const url = new URL('offline-viewer.html', document.baseURI).href;
  let res: Response;
  try {
    res = await fetch(url, { signal, cache: 'no-cache' });
  } catch (e) {
    throw new Error(`The offline viewer could not be loaded from ${url}: ${(e as Error).message}`);
  }
  if (!res.ok) {
    throw new Error(`The offline viewer is missing (${url}: HTTP ${res.status}). Build it with "npm run build", which deploys offline-viewer.html next to index.html.`);
  }
  const html = await res.text();
  // The dev server answers with the page's source, which loads its scripts from the server:
  // a file saved from it would not open offline.
  if (/<script[^>]*\ssrc=/i.test(html)) {
    throw new Error(`${url} is not the built single-file viewer (the dev server serves its source). Run "npm run build" and serve dist/ ("npm start") to save offline files.`);
  }
  return html;
}
