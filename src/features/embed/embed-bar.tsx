import { useHref, useLocation } from 'react-router-dom';
import { withoutEmbedParams } from '../../state/url/jaeger-links';
import './embed.css';

/** Embed mode's only chrome: a link opening the same view in the full app, in a new tab. */
export function EmbedBar() {
  const { pathname, search } = useLocation();
  const href = useHref(`${pathname}${withoutEmbedParams(search)}`);
  return (
    <div className="embed-bar" data-testid="embed-bar">
      <a className="embed-bar__open" href={href} target="_blank" rel="noopener" data-testid="open-in-tracescope">
        Open in Tracescope ↗
      </a>
    </div>
  );
}
