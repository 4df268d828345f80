import { useEffect, useRef } from 'react';

/** Every key and gesture of the waterfall, as the help overlay lists them. */
export const WATERFALL_KEYS: readonly (readonly [keys: string, action: string])[] = [
  ['↑ / ↓', 'Previous / next row'],
  ['Page Up / Page Down, Home / End', 'Move by a page, to the first / last row'],
  ['← / →', 'Collapse, or go to the parent / expand, or go to the first child'],
  ['Space', 'Expand or collapse the selected span'],
  ['Enter', 'Open the selected span’s details'],
  ['Esc', 'Deselect (or close this help)'],
  ['n / Shift + n', 'Next / previous search match'],
  ['z', 'Zoom to the selected span'],
  ['+ / −', 'Zoom in / out'],
  ['[ / ]', 'Pan the zoom window earlier / later'],
  ['0', 'Reset zoom (whole trace)'],
  ['f', 'Focus on the selected span’s subtree'],
  ['Shift + f', 'Show the whole trace again'],
  ['?', 'Show or hide this help'],
  ['Wheel over the time axis, or Ctrl / ⌘ + wheel', 'Zoom around the pointer'],
  ['Shift + wheel over the time axis', 'Pan'],
  ['Drag on the time axis', 'Zoom to the dragged range'],
  ['Drag on the minimap', 'Draw, move or resize the zoom window'],
];

/** The keyboard help overlay (`?`): a modal dialog; Esc, the button or a click outside close it. */
export function KeyboardHelp({ onClose }: { readonly onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div
      className="wf-help-backdrop"
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        className="wf-help"
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        data-testid="keyboard-help"
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="wf-help-head">
          <h2>Keyboard and mouse</h2>
          <button type="button" className="wf-tool" onClick={onClose} ref={closeRef} data-testid="keyboard-help-close">
            Close
          </button>
        </div>
        <table className="wf-help-table">
          <tbody>
            {WATERFALL_KEYS.map(([keys, action]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="wf-help-note">Keys work while the span list has the focus (click a row first).</p>
      </div>
    </div>
  );
}
