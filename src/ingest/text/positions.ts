/** 1-based line and column of a source offset, as vfile and editors count them. */
export interface Point {
  line: number;
  column: number;
}

/**
 * Builds a lookup from source offsets to line and column. Lines end at \n, \r\n or \r.
 * @example locator('a\nbc')(3) // => { line: 2, column: 2 }
 */
export function locator(source: string): (offset: number) => Point {
  const starts = [0];
  for (const m of source.matchAll(/\r\n?|\n/g)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}
