/** "just now", "5 min ago", "3 h ago", "2 days ago"; future times read "in 5 min". */
export function formatRelative(timeMs: number, nowMs: number): string {
  const diff = nowMs - timeMs;
  const future = diff < 0;
  const s = Math.abs(diff) / 1000;
  let text: string;
  if (s < 45) return future ? 'in a moment' : 'just now';
  if (s < 90 * 60) text = `${Math.max(1, Math.round(s / 60))} min`;
  else if (s < 36 * 3600) text = `${Math.round(s / 3600)} h`;
  else {
    const days = Math.round(s / 86400);
    text = `${days} day${days === 1 ? '' : 's'}`;
  }
  return future ? `in ${text}` : `${text} ago`;
}
