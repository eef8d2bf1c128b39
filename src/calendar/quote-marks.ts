/**
 * A quoted sentence cut into plain and marked pieces, so a page can highlight the words that name
 * an activity (科普大篷车, 流动科技馆 …) inside the plan's sentence.
 */

export type QuotePiece = { text: string; marked: boolean };

/**
 * Splits `text` around every occurrence of any of `terms`; at each place the longest term wins,
 * so 中国流动科技馆 is marked whole rather than as 中国 + 流动科技馆.
 * @example markTerms('推动科普大篷车进校园', ['科普大篷车'])
 * // => [{ text: '推动', marked: false }, { text: '科普大篷车', marked: true }, { text: '进校园', marked: false }]
 */
export function markTerms(text: string, terms: readonly string[]): QuotePiece[] {
  const sorted = [...new Set(terms)].filter((term) => term !== '').sort((a, b) => b.length - a.length);
  const pieces: QuotePiece[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const term = sorted.find((candidate) => text.startsWith(candidate, i));
    if (term === undefined) {
      plain += text[i];
      i += 1;
      continue;
    }
    if (plain !== '') pieces.push({ text: plain, marked: false });
    plain = '';
    pieces.push({ text: term, marked: true });
    i += term.length;
  }
  if (plain !== '') pieces.push({ text: plain, marked: false });
  return pieces;
}
