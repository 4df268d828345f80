import { Link, NavLink, useLocation } from 'react-router-dom';
import { FileDropZone } from '../features/file-drop/file-drop-zone';
import { FilePickerButton } from '../features/file-drop/file-picker-button';
import { SourcePicker } from '../features/search/source-picker';
import { useSourceId } from '../state/url/source-param';
import { ThemeToggle } from './theme-toggle';
import { TraceIdBox } from './trace-id-box';

export function Header() {
  const sourceId = useSourceId();
  const location = useLocation();
  const searchHref = location.pathname.startsWith('/search')
    ? `/search${location.search}`
    : `/search?source=${encodeURIComponent(sourceId)}`;
  return (
    <header className="header">
      <Link to={searchHref} className="header__brand" aria-label="Tracescope home">
        <svg viewBox="0 0 32 32" width="20" height="20" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="#2a3243" />
          <rect x="5" y="7" width="18" height="4" rx="2" fill="#4e79a7" />
          <rect x="9" y="14" width="13" height="4" rx="2" fill="#f28e2b" />
          <rect x="13" y="21" width="14" height="4" rx="2" fill="#59a14f" />
        </svg>
        <span className="header__brand-text">Tracescope</span>
      </Link>
      <nav className="header__nav">
        <NavLink to={searchHref} className="header__nav-link">
          Search
        </NavLink>
        <NavLink to={`/dependencies?source=${encodeURIComponent(sourceId)}`} className="header__nav-link">
          Dependencies
        </NavLink>
      </nav>
      <div className="header__source">
        <SourcePicker variant="header" />
      </div>
      <div className="header__spacer" />
      <TraceIdBox />
      <FilePickerButton />
      <ThemeToggle />
      <FileDropZone />
    </header>
  );
}
