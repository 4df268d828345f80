import { describe, expect, it } from 'vitest';
import { formatRelative } from './relative-time';

describe('formatRelative', () => {
  const now = Date.UTC(2026, 0, 10, 12, 0, 0);
  it.each([
    [now - 10_000, 'just now'],
    [now - 5 * 60_000, '5 min ago'],
    [now - 3 * 3600_000, '3 h ago'],
    [now - 86400_000 * 2, '2 days ago'],
    [now - 86400_000 * 1.6, '2 days ago'],
    [now + 10 * 60_000, 'in 10 min'],
  ])('%d', (t, text) => {
    expect(formatRelative(t, now)).toBe(text);
  });
});
