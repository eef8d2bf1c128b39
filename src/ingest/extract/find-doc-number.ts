import type { PageMetadata } from './metadata.ts';

// 钦政发〔2022〕5号, 穗府办[2016]29号, 某县政发（2022）第9号: issuer code, year in brackets, number.
const DOC_NUMBER = /^[\p{Script=Han}]{1,12}[〔［\[（(【]\d{4}[〕］\]）)】]第?\d{1,4}号/u;

/**
 * The plan's own document number (文号): the page's 文号 field, or a line near the top that is a
 * document number, alone or followed by the date (`…〔2022〕9号2022年04月12日`). Numbers cited in
 * the text belong to other documents.
 * @example findDocNumber(['钦州市人民政府关于印发…的通知', '钦政发〔2022〕5号'], noMetadata) // => '钦政发〔2022〕5号'
 * @example findDocNumber(['某县政发〔2022〕9号2022年04月12日'], noMetadata) // => '某县政发〔2022〕9号'
 */
export function findDocNumber(paragraphs: readonly string[], metadata: PageMetadata): string | null {
  const own = (text: string | null) => (text ? DOC_NUMBER.exec(text.trim())?.[0] ?? null : null);
  const fromPage = own(metadata.docNumber);
  if (fromPage) return fromPage;
  for (const p of paragraphs.slice(0, 8)) {
    const number = own(p);
    // Only the number, or the number then a date: not a sentence that cites another document.
    if (number && /^[\s\d年月日〇○OО一二三四五六七八九十]*$/u.test(p.trim().slice(number.length))) return number;
  }
  return null;
}
