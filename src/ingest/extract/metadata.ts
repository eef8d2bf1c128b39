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

// The field names government pages and law databases use; a few (主题分类, 有效性, 发文单位,
// often the web portal) are read only so that they end the value before them.
const KEYS: Record<string, keyof PageMetadata | 'other'> = {
  名称: 'name',
  标题: 'name',
  发文标题: 'name',
  文号: 'docNumber',
  发文字号: 'docNumber',
  发文文号: 'docNumber',
  索引号: 'other',
  发布日期: 'issued',
  成文日期: 'issued',
  发文日期: 'issued',
  发文时间: 'issued',
  成文时间: 'issued',
  发布时间: 'issued',
  发布机构: 'issuer',
  发文机关: 'issuer',
  发文部门: 'issuer',
  来源: 'other',
  发布单位: 'other',
  发文单位: 'other',
  主题分类: 'other',
  有效性: 'other',
  实施时间: 'other',
  公开方式: 'other',
};
const KEY_RE = new RegExp(`(${Object.keys(KEYS).sort((a, b) => b.length - a.length).join('|')})[:：]`, 'gu');

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
    const header = !fields.has('名称') && !fields.has('文号') && !fields.has('发文标题') && (fields.has('来源') || /点击/u.test(text));
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
