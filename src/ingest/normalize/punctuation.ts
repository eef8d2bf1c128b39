import type { MappedText } from '../text/mapped-text.ts';

const ASCII_TO_CJK: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };

/**
 * Punctuation variants become one form so extractors match one pattern: ASCII `, ; : ( ) ! ?`
 * inside Chinese text become `，；：（）！？`, and the many dashes between numbers become `—`.
 * A decimal point or an item number's dot stays as it is.
 * @example unifyPunctuation(MappedText.fromSource('比例为5.5%,比(2015年)')).text // => '比例为5.5%，比（2015年）'
 */
export function unifyPunctuation(text: MappedText): MappedText {
  return text
    .replace(/[,;:()!?]/gu, (c) => ASCII_TO_CJK[c] ?? c)
    .replace(/(?<=\d)\s*[-–―─－~～]\s*(?=\d)/gu, (m) => (m.trim().length === 1 ? '—' : m))
    .replace(/[‐‑‒–―─]{2}/gu, '——');
}
