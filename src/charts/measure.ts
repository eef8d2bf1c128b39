// Labels sit beside bars, so the chart needs their width before any browser lays them out. An
// estimate from character classes is enough: Chinese characters are one em wide, Latin ones about
// half to two thirds of one.

/**
 * Approximate rendered width of `s` in pixels at `fontSize`, for a sans-serif system font.
 * @example textWidth('包头市', 12) // => 36
 * @example textWidth('Baotou', 10) // => 37
 */
export function textWidth(s: string, fontSize = 12): number {
  let em = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x2e80) em += 1; // CJK, full-width punctuation
    else if (ch === ' ') em += 0.3;
    else if (/[A-Z0-9%≥≤≈#]/u.test(ch)) em += 0.65;
    else if (/[il.,:;'|!()[\]]/u.test(ch)) em += 0.3;
    else em += 0.6;
  }
  return Math.round(em * fontSize);
}
