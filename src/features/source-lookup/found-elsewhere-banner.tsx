import { Link } from 'react-router-dom';
import { mergedSourceId, partsOfMergedSourceId } from '../../adapters/merged/merged-adapter';
import type { TraceLookup } from '../../state/server/trace-lookup';
import { isFileSourceId } from '../../state/url/source-param';
import './source-lookup.css';

interface FoundElsewhereBannerProps {
  /** The source shown: one id, or `a,b` for a merged view. */
  readonly sourceId: string;
  readonly lookup: TraceLookup;
  /** The current URL's query with `source=` replaced. */
  readonly hrefWithSource: (sourceId: string) => string;
}

/**
 * Says which other sources (configured, or files opened in this tab) have the trace being
 * shown, with a link to each and, when two configured sources have it, to the merged view;
 * on a merged view, names its parts and links to each alone. Nothing when only one has it.
 */
export function FoundElsewhereBanner({ sourceId, lookup, hrefWithSource }: FoundElsewhereBannerProps) {
  const shown = new Set(partsOfMergedSourceId(sourceId));
  const nameOf = (id: string) => lookup.answers.find((a) => a.sourceId === id)?.name ?? id;
  // Config order, so the merged id is the same whoever answered first.
  const foundIds = lookup.answers.filter((a) => a.status === 'found').map((a) => a.sourceId);
  const pending = lookup.answers.filter((a) => a.status === 'pending').length;
  const merged = shown.size > 1;
  const others = foundIds.filter((id) => !shown.has(id));
  // A merged view joins configured sources only: a file's name may hold the "," that
  // separates them, and a file lives in one tab while a merged link is for sharing.
  const mergeable = foundIds.filter((id) => !isFileSourceId(id));

  if (merged) {
    return (
      <div className="found-banner" role="status" data-testid="merged-banner">
        <span>
          Merged from {[...shown].map(nameOf).join(' + ')}; duplicate spans removed, each span's source is under “Source
          details”.
        </span>
        <span className="found-banner__actions">
          {[...shown].map((id) => (
            <Link key={id} to={hrefWithSource(id)} state={{ lookup: true }} replace>
              only {nameOf(id)}
            </Link>
          ))}
        </span>
      </div>
    );
  }
  if (others.length === 0) {
    return pending > 0 ? (
      <div className="found-banner found-banner--quiet" role="status" data-testid="lookup-still-asking">
        Shown from {nameOf(sourceId)}; still asking {pending} other source{pending === 1 ? '' : 's'}…
      </div>
    ) : null;
  }
  return (
    <div className="found-banner" role="status" data-testid="found-elsewhere-banner">
      Also found in {others.map(nameOf).join(', ')}
      <span className="found-banner__actions">
        {others.map((id) => (
          <Link key={id} to={hrefWithSource(id)} state={{ lookup: true }} replace data-testid="open-in-source">
            open in {nameOf(id)}
          </Link>
        ))}
        {mergeable.length > 1 && (
          <Link to={hrefWithSource(mergedSourceId(mergeable))} state={{ lookup: true }} data-testid="merge-sources">
            merge {mergeable.length} sources into one view
          </Link>
        )}
      </span>
    </div>
  );
}
