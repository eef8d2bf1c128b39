/**
 * A Chinese or ISO date as YYYY-MM-DD.
 * @example isoDate('2022年07月11日') // => '2022-07-11'
 * @example isoDate('2022-07-21 16:24') // => '2022-07-21'
 */
export function isoDate(text: string): string | null {
  const m = /(\d{4})\s*[年\-—/.]\s*(\d{1,2})\s*[月\-—/.]\s*(\d{1,2})/u.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
