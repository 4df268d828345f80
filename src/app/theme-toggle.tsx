import { useState } from 'react';

type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'tracescope.theme';
const NEXT: Readonly<Record<ThemeChoice, ThemeChoice>> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Readonly<Record<ThemeChoice, string>> = { system: 'Auto', light: 'Light', dark: 'Dark' };
const ICON: Readonly<Record<ThemeChoice, string>> = { system: '◐', light: '☀', dark: '☾' };

function readChoice(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: ThemeChoice) {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
}

/** Cycles Auto (follow the system) → Light → Dark; remembered in localStorage. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(readChoice);
  return (
    <button
      type="button"
      className="header__icon-button"
      title={`Theme: ${LABEL[choice]} (click for ${LABEL[NEXT[choice]]})`}
      aria-label={`Theme: ${LABEL[choice]}`}
      onClick={() => {
        const next = NEXT[choice];
        apply(next);
        setChoice(next);
      }}
    >
      <span aria-hidden="true">{ICON[choice]}</span> {LABEL[choice]}
    </button>
  );
}
