import type { OnLoadProgress } from '../contract';
import { nextPaint } from '../../lib/next-paint';
import { previewOtlp, type OtlpPreview } from './preview';

/**
 * Rows in a preview: what a window 1,200 pixels high shows. Each is decoded and drawn before
 * the full view can start (drawing 60 took ~70 ms with the paint, in a page that had drawn
 * no row before).
 */
const PREVIEW_ROWS = 48;

/**
 * For a big OTLP trace: its first rows on screen (as 'opening' progress, then a paint) before
 * the full decode and build, which take over what the preview read and laid out (pass
 * `laidOut.places` to decodeOtlp and `laidOut` to pickTrace). Undefined
 * when there is no one to show it to or no preview (small or unusual traces).
 */
export async function offerPreview(
  json: unknown,
  traceId: string,
  onProgress: OnLoadProgress | undefined,
): Promise<OtlpPreview['laidOut'] | undefined> {
  if (onProgress === undefined) return undefined;
  const found = previewOtlp(json, traceId, PREVIEW_ROWS);
  if (found === undefined) return undefined;
  onProgress({ phase: 'opening', preview: found.preview });
  await nextPaint();
  return found.laidOut;
}
