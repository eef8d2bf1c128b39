import type { MappedText } from '../text/mapped-text.ts';

/**
 * Web scraping drops the dash of year ranges and the bracket of document numbers:
 * `20212025年` is 2021—2025年 and `国发〔20219号` is 国发〔2021〕9号. Both are restored.
 * @example restoreLostDashes(MappedText.fromSource('(20212025年)')).text // => '(2021—2025年)'
 */
export function restoreLostDashes(text: MappedText): MappedText {
  return text
    .replace(/(?<=(?:19|20)\d{2})(?=(?:19|20)\d{2}年)/gu, '—')
    .replace(/(?<=〔(?:19|20)\d{2})(?=\d{1,4}号)/gu, '〕');
}
