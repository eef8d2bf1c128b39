// How far around a place in a paragraph its sentence is looked for: a seed can be one enormous
// line, and no sentence of a plan runs longer than this.
const REACH = 600;
const STOPS = /[。！？；]/u;

/**
 * The sentence around text[start, end): from after the last 。！？； before it to the first one
 * after it (inclusive), no further than `floor` back and REACH either side.
 * @example sentenceAround('甲。乙达到5个；丙。', 3, 5) // => [2, 8]
 */
export function sentenceAround(text: string, start: number, end: number, floor = 0): [number, number] {
  const from = Math.max(floor, start - REACH);
  const before = text.slice(from, start);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (STOPS.test(before[i] ?? '')) {
      cut = i;
      break;
    }
  }
  const after = text.slice(end, end + REACH).search(STOPS);
  return [from + cut + 1, after >= 0 ? end + after + 1 : Math.min(text.length, end + REACH)];
}

/**
 * Whether an offset is inside 《…》, the title of a cited document (a book title is never long).
 * @example insideBookTitle('见《2019—2023年规划》', 3) // => true
 */
export function insideBookTitle(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 100), at);
  return window.lastIndexOf('《') > window.lastIndexOf('》');
}
