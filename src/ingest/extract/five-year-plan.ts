/**
 * The years of China's n-th five-year plan (n ≥ 6; earlier plans did not follow on each other).
 * The 10th ran 2001—2005, so 十四五 (the 14th) is 2021—2025.
 * @example fiveYearPlan('十四五') // => [2021, 2025]
 */
export function fiveYearPlan(name: string): [number, number] | null {
  const m = /十([一二三四五六七八九])五/u.exec(name);
  if (!m?.[1]) return null;
  const n = 10 + '一二三四五六七八九'.indexOf(m[1]) + 1;
  const start = 2001 + 5 * (n - 10);
  return [start, start + 4];
}
