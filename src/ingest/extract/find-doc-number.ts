import type { PageMetadata } from './metadata.ts';

// 钦政发〔2022〕5号, 包府发〔2022〕42号: issuer code, year in 〔〕, number.
const DOC_NUMBER = /^[\p{Script=Han}]{1,10}〔\d{4}〕\d{1,4}号$/u;

/**
 * The plan's own document number (文号): the page's 文号 field, or a line that is only a
 * document number near the top. Numbers cited in the text belong to other documents.
 * @example findDocNumber(['钦州市人民政府关于印发…的通知', '钦政发〔2022〕5号'], noMetadata) // => '钦政发〔2022〕5号'
 */
export function findDocNumber(paragraphs: readonly string[], metadata: PageMetadata): string | null {
  if (metadata.docNumber && DOC_NUMBER.test(metadata.docNumber)) return metadata.docNumber;
  return paragraphs.slice(0, 8).find((p) => DOC_NUMBER.test(p)) ?? null;
}
