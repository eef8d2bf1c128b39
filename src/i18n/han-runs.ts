// Chinese words inside English text (a term the plans use, a document number, an untranslated
// name) must be marked as Chinese for screen readers, fonts and search; this finds them.

// A run starts and ends at a Chinese character or CJK bracket and holds no Latin letters and no
// ASCII clause punctuation, so "1.2万 (1.2 ten-thousands)" marks only 万 and
// "《科普法》 (2024)" the bracketed title.
const RUN = /[\p{Script=Han}（《“〔【「][^A-Za-z;,.!?()]*[\p{Script=Han}）》”〕】」]|\p{Script=Han}/gu;

export type TextPiece = { text: string; han: boolean };

/**
 * Text cut into Chinese runs and the rest.
 * @example hanRuns('1.2万 becomes 12000') // => [{ text: '1.2', han: false }, { text: '万', han: true }, { text: ' becomes 12000', han: false }]
 */
export function hanRuns(text: string): TextPiece[] {
  const out: TextPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), han: false });
    out.push({ text: m[0], han: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), han: false });
  return out;
}

/**
 * Whether a text has Chinese characters.
 * @example hasHan('Baotou 包头') // => true
 */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
