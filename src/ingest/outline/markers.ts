/** How a heading is numbered, from the outermost level in. */
export type MarkerKind = 'chapter' | 'section' | 'item' | 'subitem' | 'bullet';

export interface Marker {
  kind: MarkerKind;
  /** 3 for 三、, （三） and 3.; null for bullets. */
  ordinal: number | null;
  /** Characters the marker takes at the start of the (analysis) text. */
  length: number;
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * Reads a Chinese numeral up to 99.
 * @example chineseNumeral('十二') // => 12
 */
export function chineseNumeral(s: string): number | null {
  if (s === '') return null;
  if (s.length === 1) return NUMERALS[s] ?? null;
  const [a, b, c] = [...s];
  if (a === '十' && b) return 10 + (NUMERALS[b] ?? NaN);
  if (b === '十' && a) return (NUMERALS[a] ?? NaN) * 10 + (c ? NUMERALS[c] ?? NaN : 0);
  return null;
}

// After a bare leading number (`1突出…`, a dot lost in scraping) comes a word, not a unit.
const UNIT_CHARS = '年月日号个万亿千百名人次项所家期场件届岁元米批户条座辆册台套';

const PATTERNS: ReadonlyArray<[MarkerKind, RegExp]> = [
  ['chapter', /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*/u],
  ['chapter', /^第([一二三四五六七八九十]{1,3})(?:章|部分)\s*/u],
  ['section', /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*/u],
  ['subitem', /^[（(]\s*(\d{1,2})\s*[)）]\s*/u],
  ['subitem', /^([①②③④⑤⑥⑦⑧⑨⑩])\s*/u],
  ['item', /^(\d{1,2})\s*[.．、](?!\d)\s*/u],
  ['item', new RegExp(`^(\\d{1,2})(?=[\\u4e00-\\u9fff])(?![${UNIT_CHARS}])`, 'u')],
  // A bullet introduces words: a line of dashes (a markdown rule) is not one.
  ['bullet', /^(?:——|－－|--)\s*(?=[^\s—－-])/u],
];

/**
 * The numbering a paragraph opens with, if any.
 * @example findMarker('（三）工作目标。到2025年') // => { kind: 'section', ordinal: 3, length: 3 }
 * @example findMarker('1突出科学精神引领。') // => { kind: 'item', ordinal: 1, length: 1 }
 * @example findMarker('2025年，全市') // => null
 */
export function findMarker(text: string): Marker | null {
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const n = m[1];
    const ordinal = kind === 'bullet' || n === undefined ? null : /\d/.test(n) ? Number(n) : circled(n) ?? chineseNumeral(n);
    return { kind, ordinal, length: m[0].length };
  }
  return null;
}

function circled(s: string): number | null {
  const i = '①②③④⑤⑥⑦⑧⑨⑩'.indexOf(s);
  return i >= 0 ? i + 1 : null;
}
