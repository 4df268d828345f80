import { useLocation, useNavigate } from 'react-router-dom';
import { useAppConfig } from '../../state/server/app-config';
import { useLoadedFilesStore } from '../../state/ui/loaded-files-store';
import { fileSourceId, SOURCE_PARAM, useSourceId } from '../../state/url/source-param';
import { unlistedSourceLabel } from './source-label';

// Parameters that name things in one source only; a new source starts without them.
const SOURCE_SPECIFIC = ['service', 'operation', 'start', 'end', 'span', 'traceql'];

/** Picks the source (`?source=`): configured sources, then files opened in this tab. */
export function SourcePicker({ variant = 'form' }: { readonly variant?: 'header' | 'form' }) {
  const config = useAppConfig();
  const files = useLoadedFilesStore((s) => s.files);
  const sourceId = useSourceId();
  const navigate = useNavigate();
  const location = useLocation();
  const fileNames = Object.keys(files).sort();
  const known = config.sources.some((s) => s.id === sourceId) || fileNames.some((n) => fileSourceId(n) === sourceId);

  const change = (next: string) => {
    const params = new URLSearchParams(location.search);
    for (const p of SOURCE_SPECIFIC) params.delete(p);
    params.set(SOURCE_PARAM, next);
    // A trace belongs to its source: switching source goes back to search.
    navigate(`/search?${params.toString()}`);
  };

  return (
    <label className={`source-picker source-picker--${variant}`}>
      <span className={variant === 'header' ? 'visually-hidden' : 'field__label'}>Source</span>
      <select
        className="select"
        value={sourceId}
        data-testid={variant === 'header' ? 'header-source-picker' : 'source-picker'}
        onChange={(e) => change(e.target.value)}
      >
        {config.sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
        {fileNames.length ? (
          <optgroup label="Opened files">
            {fileNames.map((n) => (
              <option key={n} value={fileSourceId(n)}>
                {/* A big file shows its first rows while it is decoded: its searches wait. */}
                {files[n]!.opening ? `${n} (opening…)` : n}
              </option>
            ))}
          </optgroup>
        ) : null}
        {known ? null : <option value={sourceId}>{unlistedSourceLabel(sourceId, config.sources)}</option>}
      </select>
    </label>
  );
}
