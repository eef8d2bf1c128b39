// A cell a spreadsheet would read as a formula (=HYPERLINK(…), +1, -1+2, @SUM) runs when the file
// is opened: text that starts like one is prefixed with an apostrophe, as OWASP recommends
// (https://owasp.org/www-community/attacks/CSV_Injection). Numbers are written as numbers.
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * One value as a CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; text that
 * would start a formula made inert; numbers, booleans and null as they are.
 * @example csvCell('=HYPERLINK("http://x")') // => '"\'=HYPERLINK(""http://x"")"'
 * @example csvCell(-5) // => '-5'
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? (FORMULA_START.test(value) ? `'${value}` : value) : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/**
 * Rows as CSV (RFC 4180, CRLF), with a byte-order mark so spreadsheet programs read the Chinese
 * right; the columns are those of the first row.
 * @example toCsv([{ a: 1, b: 'x,"y"' }]) // => '\uFEFFa,b\r\n1,"x,""y"""\r\n'
 */
export function toCsv(rows: ReadonlyArray<Record<string, unknown>>): string {
  const columns = Object.keys(rows[0] ?? {});
  return `\uFEFF${[columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\r\n')}\r\n`;
}
