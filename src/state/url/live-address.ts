/**
 * The browser's address as it is now, not as the router last rendered it. Navigations are
 * React transitions: history changes the address at once and the page follows a little
 * later, so a page's effect or timer can run after the user has already moved on. Code that
 * writes the URL reads these first, so it neither undoes a newer navigation nor builds on a
 * query that is already gone.
 */

export interface Address {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/**
 * The route part of an address: in hash routing what follows `#`; in history routing the
 * path (the base path still in front) and the query.
 */
export function liveRoute(address: Address): { readonly path: string; readonly search: string } {
  if (address.hash.startsWith('#/')) return routeInHash(address.hash);
  return { path: address.pathname, search: address.search };
}

/** Hash routing's route: `#/trace/x?a=1` → `/trace/x` and `?a=1`. */
export function routeInHash(hash: string): { readonly path: string; readonly search: string } {
  const inHash = hash.replace(/^#/, '');
  const q = inHash.indexOf('?');
  return q < 0 ? { path: inHash, search: '' } : { path: inHash.slice(0, q), search: inHash.slice(q) };
}

/** The query of the address as it is now. */
export function liveParams(address: Address = window.location): URLSearchParams {
  return new URLSearchParams(liveRoute(address).search);
}

/**
 * Whether the address still shows the route a page rendered (`pathname` as the router gives
 * it, after the base path); with `search`, the same query too.
 */
export function addressShowsRoute(address: Address, route: { readonly pathname: string; readonly search?: string }): boolean {
  const live = liveRoute(address);
  // Route paths start with "/", so a match by suffix leaves exactly the base path in front.
  if (!live.path.endsWith(route.pathname)) return false;
  return route.search === undefined || live.search === route.search;
}
