import type { SampleProgress } from '../../state/server/sample-traces';

/** "Fetched 40 of 100 traces", a bar, and Cancel. */
export function SampleProgressBar({ progress, onCancel }: { readonly progress: SampleProgress; readonly onCancel: () => void }) {
  const text =
    progress.phase === 'searching'
      ? 'Searching for traces to sample…'
      : progress.phase === 'deriving'
        ? `Deriving the graph from ${progress.total} traces…`
        : `Fetched ${progress.fetched} of ${progress.total} traces`;
  return (
    <div className="deps-progress" role="status" aria-live="polite" data-testid="deps-progress">
      <div className="deps-progress__text">{text}</div>
      <progress max={progress.total || 1} value={progress.phase === 'searching' ? undefined : progress.fetched} />
      <button type="button" className="button" onClick={onCancel} data-testid="deps-cancel">
        Cancel
      </button>
    </div>
  );
}
