import { compareHref } from '../../state/url/jaeger-links';
import type { ComparePick } from '../../state/ui/compare-selection-store';

/** `sourceB=` names B's source when it differs from A's (`source=`). */
export const SOURCE_B_PARAM = 'sourceB';
/** `only=1`: show only changed rows (with their ancestors). */
export const ONLY_CHANGES_PARAM = 'only';

/** The compare page for two picks: `/compare/<a>...<b>?source=…[&sourceB=…]`. */
export function compareHrefFor(a: ComparePick, b: ComparePick): string {
  const params = new URLSearchParams({ source: a.sourceId });
  if (b.sourceId !== a.sourceId) params.set(SOURCE_B_PARAM, b.sourceId);
  return compareHref(a.traceId, b.traceId, params.toString());
}
