/**
 * The path the app is served under, as index.html's inline script wrote it into
 * <base href>: `''` at a host's root, `/portal/tracescope` under a sub-path.
 */
export function appBasePath(): string {
  const path = new URL(document.baseURI).pathname;
  return path.replace(/\/+$/, '');
}

/** A URL relative to the app root (config.json, backends/<id>/...). */
export const appUrl = (relative: string): URL => new URL(relative, document.baseURI);
