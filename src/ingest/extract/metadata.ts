import type { MappedText } from '../text/mapped-text.ts';
import { analysisText } from '../normalize/views.ts';
import { isoDate } from './dates.ts';

/** What a government web page says about the document it shows. */
export interface PageMetadata {
  name: string | null;
  docNumber: string | null;
  issued: string | null;
  issuer: string | null;
  /** When the web page itself went up (its header, not the document). */
  webPublished: string | null;
}

const KEYS: Record<string, keyof PageMetadata | 'source' | 'index' | 'unit'> = {
  名称: 'name',
  标题: 'name',
  文号: 'docNumber',
  发文字号: 'docNumber',
  索引号: 'index',
  发布日期: 'issued',
  成文日期: 'issued',
  发布机构: 'issuer',
  发文机关: 'issuer',
  来源: 'source',
  发布单位: 'unit',
};
const KEY_RE = /(名称|标题|发文字号|文号|索引号|发布日期|成文日期|发布机构|发文机关|来源|发布单位)[:：]/gu;

/**
 * Reads the document-information block of a government page (`名称: … 文号: … 发布日期: …
 * 发布机构: …`, often with the separators lost) and the page header line (`发布日期:2022-07-21 …`).
 * `lines` are the text's paragraphs and the removed chrome lines.
 * @example findPageMetadata([MappedText.fromSource('名  称: 某通知文  号: 包府发〔2022〕42号发布日期: 2022年07月11日发布机构: 包头市人民政府')])
 * // => { name: '某通知', docNumber: '包府发〔2022〕42号', issued: '2022-07-11', issuer: '包头市人民政府', webPublished: null }
 */
export function findPageMetadata(lines: readonly MappedText[]): PageMetadata {
  const out: PageMetadata = { name: null, docNumber: null, issued: null, issuer: null, webPublished: null };
  for (const line of lines) {
    const text = analysisText(line).text;
    const fields = readFields(text);
    if (fields.size === 0) continue;
    // The header of the page (it has a click counter or a 来源) dates the page, not the document.
    const header = !fields.has('名称') && !fields.has('文号') && (fields.has('来源') || /点击/u.test(text));
    for (const [key, value] of fields) {
      const field = KEYS[key];
      if (header) {
        if (field === 'issued') out.webPublished ??= isoDate(value);
        continue;
      }
      if (field === 'issued') out.issued ??= isoDate(value);
      else if (field === 'name' || field === 'docNumber' || field === 'issuer') out[field] ??= value || null;
    }
  }
  return out;
}

function readFields(text: string): Map<string, string> {
  const keys = [...text.matchAll(KEY_RE)];
  const fields = new Map<string, string>();
  keys.forEach((m, i) => {
    const end = keys[i + 1]?.index ?? text.length;
    const value = text.slice(m.index + m[0].length, end).replace(/\s{2,}.*$/u, '').trim();
    if (m[1] && !fields.has(m[1])) fields.set(m[1], value);
  });
  return fields;
}
