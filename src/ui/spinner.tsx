import './spinner.css';

/** An unobtrusive loading indicator with a label for screen readers and tests. */
export function Spinner({ label = 'Loading…' }: { readonly label?: string }) {
  return (
    <div className="spinner" role="status" aria-live="polite">
      <span className="spinner__dot" aria-hidden="true" />
      <span className="spinner__label">{label}</span>
    </div>
  );
}
