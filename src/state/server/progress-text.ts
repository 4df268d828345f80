import type { TraceLoadProgress } from './trace-worker-messages';
import { formatCount } from '../../lib/format-count';

const mb = (bytes: number) => (bytes >= 10e6 ? (bytes / 1e6).toFixed(0) : (bytes / 1e6).toFixed(1));

/** "Downloading 12 MB…", "Decoding 55 MB…", "Opening 100,000 spans…". */
export function progressText(p: TraceLoadProgress): string {
  switch (p.phase) {
    case 'downloading':
      return p.totalBytes ? `Downloading ${mb(p.bytes)} of ${mb(p.totalBytes)} MB…` : `Downloading ${mb(p.bytes)} MB…`;
    case 'decoding':
      return `Decoding ${mb(p.bytes)} MB…`;
    case 'transferring':
      return `Opening ${formatCount(p.spans)} spans…`;
    case 'opening':
      return `Opening ${formatCount(p.preview.spanCount)} spans…`;
  }
}
