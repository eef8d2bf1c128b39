import type { Heading } from './headings.ts';

const ROMAN: ReadonlyArray<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/**
 * How a heading is numbered on English pages: chapters (一、) in Roman numerals, sections (（一）)
 * in brackets, items (1.) as written, sub-items (（1）, ①) by letter, bullets (——) with a dash;
 * titles and unnumbered labels have none ('').
 * @example englishNumber({ kind: 'chapter', ordinal: 3 }) // => 'III.'
 * @example englishNumber({ kind: 'section', ordinal: 2 }) // => '(2)'
 * @example englishNumber({ kind: 'subitem', ordinal: 1 }) // => '(a)'
 */
export function englishNumber(h: Pick<Heading, 'kind' | 'ordinal'>): string {
  const n = h.ordinal;
  switch (h.kind) {
    case 'chapter':
      return n === null ? '' : `${roman(n)}.`;
    case 'section':
      return n === null ? '' : `(${n})`;
    case 'item':
      return n === null ? '' : `${n}.`;
    case 'subitem':
      return n === null ? '' : `(${n <= 26 ? String.fromCharCode(96 + n) : n})`;
    case 'bullet':
      return '—';
    default:
      return '';
  }
}

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
