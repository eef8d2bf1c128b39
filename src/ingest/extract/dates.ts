// Dates as plans and pages write them: 2022年07月11日, 2022-07-21 16:24, and in Chinese numerals
// with the zero written 〇, ○, O or О (二〇二二年四月十二日, 二O三五年).
const DIGITS = '〇一二三四五六七八九';
const ZERO = /[○OОoΟ零]/gu;
const CHINESE = /([〇一二三四五六七八九]{4})\s*年\s*([十一二三四五六七八九]{1,3})\s*月\s*([十一二三四五六七八九]{1,3})\s*日/u;
const ARABIC = /(\d{4})\s*[年\-—/.]\s*(\d{1,2})\s*[月\-—/.]\s*(\d{1,2})/u;

/**
 * A Chinese or ISO date as YYYY-MM-DD; null when none or not a real day.
 * @example isoDate('2022年07月11日') // => '2022-07-11'
 * @example isoDate('2022-07-21 16:24') // => '2022-07-21'
 * @example isoDate('二〇二二年四月十二日') // => '2022-04-12'
 */
export function isoDate(text: string): string | null {
  const arabic = ARABIC.exec(text);
  if (arabic) return day(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
  const chinese = CHINESE.exec(text.replace(ZERO, '〇'));
  if (!chinese) return null;
  const year = Number([...(chinese[1] ?? '')].map((c) => DIGITS.indexOf(c)).join(''));
  return day(year, numeral(chinese[2] ?? ''), numeral(chinese[3] ?? ''));
}

/**
 * The date a line consists of (after a document number or a signature, if any), as YYYY-MM-DD.
 * @example dateLine('某县政发〔2022〕9号2022年04月12日') // => '2022-04-12'
 * @example dateLine('2022年4月12日，县政府召开会议') // => null
 */
export function dateLine(line: string): string | null {
  const at = line.search(/(\d{4}|[〇○OО一二][〇○OО一二三四五六七八九]{3})\s*年/u);
  if (at < 0) return null;
  const rest = line.slice(at).replace(/\s+/gu, '');
  if (!/^[\d〇○OО一二三四五六七八九十年月日]+$/u.test(rest)) return null;
  return isoDate(rest);
}

/** 一 … 三十一. */
function numeral(s: string): number {
  if (s === '十') return 10;
  const [a, b, c] = [...s];
  if (a === '十') return 10 + DIGITS.indexOf(b ?? '');
  if (b === '十') return DIGITS.indexOf(a ?? '') * 10 + (c ? DIGITS.indexOf(c) : 0);
  return DIGITS.indexOf(a ?? '');
}

function day(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1949 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
