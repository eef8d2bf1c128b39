const MAGNITUDE: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

/**
 * A Chinese amount as a number: digits with an optional 千/万/亿.
 * @example parseAmount('1.2万') // => 12000
 * @example parseAmount('2.5') // => 2.5
 * @example parseAmount('3亿') // => 300000000
 */
export function parseAmount(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([千万亿])?$/u.exec(text.trim());
  if (!m?.[1]) throw new Error(`not an amount: "${text}"`);
  const value = Number(m[1]) * (m[2] ? MAGNITUDE[m[2]] ?? 1 : 1);
  // 1.2 × 10000 is 12000.000000000002 in floating point; amounts in plans have few digits.
  return Math.round(value * 1e6) / 1e6;
}

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A count in Chinese numerals, up to 9999, with an optional 万: 一, 两, 十, 二十, 百, 一百二十, 三千, 两万.
 * @example chineseAmount('二十') // => 20
 * @example chineseAmount('百') // => 100
 * @example chineseAmount('两万') // => 20000
 */
export function chineseAmount(text: string): number {
  const wan = text.endsWith('万');
  let total = 0;
  let digit: number | null = null;
  for (const ch of wan ? text.slice(0, -1) : text) {
    if (ch in DIGIT) digit = DIGIT[ch] ?? 0;
    else if (ch in PLACE) {
      total += (digit ?? 1) * (PLACE[ch] ?? 1);
      digit = null;
    } else throw new Error(`not a Chinese count: "${text}"`);
  }
  total += digit ?? 0;
  return wan ? total * 1e4 : total;
}
