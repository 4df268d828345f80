// <input type="datetime-local"> speaks local wall time without a zone; the URL speaks µs.
const pad = (n: number) => String(n).padStart(2, '0');

export function microsToLocalInput(us: number | null): string {
  if (us === null) return '';
  const d = new Date(Math.floor(us / 1000));
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function localInputToMicros(text: string): number | null {
  if (!text) return null;
  const ms = new Date(text).getTime();
  return Number.isNaN(ms) ? null : ms * 1000;
}
