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
