import { useEffect, useState, type ReactNode } from 'react';

export interface EchoCheckboxProps {
  /** The state as the URL (the source of truth) holds it. */
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly className: string;
  readonly title: string;
  readonly testId: string;
  readonly children: ReactNode;
}

/**
 * A labelled checkbox for state kept in the URL. The URL updates in a transition, so the box
 * echoes a click at once instead of flipping back until then; it follows the URL after.
 */
export function EchoCheckbox({ checked, onChange, className, title, testId, children }: EchoCheckboxProps) {
  const [shown, setShown] = useState(checked);
  useEffect(() => setShown(checked), [checked]);
  return (
    <label className={className} title={title}>
      <input
        type="checkbox"
        checked={shown}
        onChange={(e) => {
          setShown(e.target.checked);
          onChange(e.target.checked);
        }}
        data-testid={testId}
      />
      {children}
    </label>
  );
}
