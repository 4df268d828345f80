/**
 * A count with thousands separators, "100,000": the same text as toLocaleString('en-US')
 * for integers, without Intl. The first Intl call of a page loads ICU data (25-75 ms here),
 * and the trace page's first screen shows counts.
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  const [whole = '0', fraction] = String(Math.abs(n)).split('.');
  if (whole.includes('e')) return n.toLocaleString('en-US');
  let out = '';
  for (let i = whole.length; i > 0; i -= 3) out = whole.slice(Math.max(0, i - 3), i) + (out ? `,${out}` : '');
  return sign + out + (fraction !== undefined ? `.${fraction}` : '');
}
