import { useEffect, useRef } from 'react';

/** Typing in a field (or with a modifier held) is never a shortcut. */
function isTyping(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return true;
  const t = e.target as HTMLElement | null;
  if (!t) return false;
  return t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT';
}

/**
 * `n` / `N` (Shift+n) step to the next / previous match anywhere on the page, like `less`
 * and vim; `/` focuses the search box.
 */
export function useMatchKeys(onStep: (direction: 1 | -1) => void, focusSearch: () => void): void {
  const stepRef = useRef(onStep);
  stepRef.current = onStep;
  const focusRef = useRef(focusSearch);
  focusRef.current = focusSearch;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e)) return;
      if (e.key === 'n' || e.key === 'N') {
        e.preventDefault();
        stepRef.current(e.key === 'N' ? -1 : 1);
      } else if (e.key === '/') {
        e.preventDefault();
        focusRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
