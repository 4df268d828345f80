import { useEffect, useState } from 'react';

/** Copies text to the clipboard; falls back to a hidden textarea where the API is missing. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the legacy path
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

interface CopyButtonProps {
  readonly text: string;
  readonly label?: string;
  /** Shown as the button's text; default is a compact icon-like "Copy". */
  readonly children?: string;
  readonly className?: string;
}

/** A small button that copies `text` and says so for a moment. */
export function CopyButton({ text, label = 'Copy', children, className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 1200);
    return () => clearTimeout(t);
  }, [state]);
  return (
    <button
      type="button"
      className={`sd-copy${className ? ` ${className}` : ''}${state === 'done' ? ' is-done' : ''}`}
      title={label}
      aria-label={label}
      onClick={(e) => {
        e.stopPropagation();
        void copyText(text).then((ok) => setState(ok ? 'done' : 'failed'));
      }}
    >
      {state === 'done' ? 'Copied' : state === 'failed' ? 'Failed' : (children ?? 'Copy')}
    </button>
  );
}
