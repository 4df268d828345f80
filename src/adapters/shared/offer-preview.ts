import type { OnLoadProgress } from '../contract';
import { markLoadPhase } from '../../lib/load-marks';
import { nextPaint } from '../../lib/next-paint';
import type { Previewed } from '../../model/trace-preview';
import type { TreeInput } from '../../model/trace-layout';

/**
 * Rows in a preview: what a window 1,200 pixels high shows. Each is decoded and drawn before
 * the full view can start (drawing 60 took ~70 ms with the paint, in a page that had drawn
 * no row before).
 */
export const PREVIEW_ROWS = 48;

/**
 * For a big trace: its first rows on screen (as 'opening' progress, then a paint) before the
 * full decode and build, which take over what the preview read and laid out (`laidOut`, for
 * pickTrace; OTLP's decoder takes its places too). Undefined when there is no one to show it
 * to or no preview (`find` gives none for small or unusual traces).
 */
export async function offerPreview<P extends TreeInput>(
  onProgress: OnLoadProgress | undefined,
  find: (rowCount: number) => Previewed<P> | undefined,
): Promise<Previewed<P>['laidOut'] | undefined> {
  if (onProgress === undefined) return undefined;
  const found = find(PREVIEW_ROWS);
  if (found === undefined) return undefined;
  markLoadPhase('preview');
  onProgress({ phase: 'opening', preview: found.preview });
  await nextPaint();
  return found.laidOut;
}
