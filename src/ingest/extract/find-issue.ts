import type { PageMetadata } from './metadata.ts';
import { dateLine } from './dates.ts';

export interface Issue {
  issued: string | null;
  issuer: string | null;
}

const SIGNATURE = /^[\p{Script=Han}（）]{3,30}(人民政府|领导小组|办公室|办公厅|委员会|科学技术协会|科协)$/u;

/**
 * When and by whom the plan was issued: the page's 发布日期 / 发布机构, or the date line of a
 * covering notice (alone, after the document number, in Chinese numerals) and the signature above
 * or below it, or the issuer named in the notice title (`X关于印发…`).
 * `preamble` are the analysis texts before the plan's own title.
 * @example findIssue(['钦州市人民政府关于印发…的通知', '钦政发〔2022〕5号', '2022年3月29日'], noMetadata)
 * // => { issued: '2022-03-29', issuer: '钦州市人民政府' }
 */
export function findIssue(preamble: readonly string[], metadata: PageMetadata): Issue {
  const dateAt = preamble.findIndex((p) => dateLine(p) !== null);
  const issued = metadata.issued ?? (dateAt >= 0 ? dateLine(preamble[dateAt] ?? '') : null);
  const around = [preamble[dateAt - 1], preamble[dateAt + 1]].map((p) => p?.trim() ?? '');
  const signed = dateAt >= 0 ? around.find((p) => SIGNATURE.test(p)) ?? null : null;
  const named = preamble.map((p) => /^(\p{Script=Han}{2,20}?(?:人民政府|办公室|委员会|领导小组))关于/u.exec(p)?.[1]).find(Boolean) ?? null;
  return { issued, issuer: metadata.issuer ?? signed ?? named };
}
