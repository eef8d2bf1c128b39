import type { MappedText } from '../text/mapped-text.ts';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u201c\\u201d\\u2014';

/**
 * Spaces between two Chinese characters are left over from PDF extraction (`总书 记`); they are
 * removed. Spaces between Chinese and Latin or digits are a typesetting choice and stay.
 * @example dropSpacesBetweenCjk(MappedText.fromSource('总书 记 2025 年')).text // => '总书记 2025 年'
 */
export function dropSpacesBetweenCjk(text: MappedText): MappedText {
  return text.replace(new RegExp(`(?<=[${CJK}])[^\\S\\r\\n]+(?=[${CJK}])`, 'gu'), '');
}

/**
 * For reading numbers, every space next to a Chinese character or a digit goes: `比例为 5.5%`,
 * `2.5 万人` and `不 少于 4 次` become `比例为5.5%`, `2.5万人`, `不少于4次`.
 * @example dropSpacesAroundCjk(MappedText.fromSource('达到 2.5 万人')).text // => '达到2.5万人'
 */
export function dropSpacesAroundCjk(text: MappedText): MappedText {
  return text.replace(new RegExp(`(?<=[${CJK}0-9%])[^\\S\\r\\n]+|[^\\S\\r\\n]+(?=[${CJK}0-9])`, 'gu'), '');
}

/**
 * No-break, em and other typographic spaces become plain spaces: they carry no meaning in a plan
 * and would keep a reader's search from matching.
 * @example plainSpaces(MappedText.fromSource('称:\u00a0包头')).text // => '称: 包头'
 */
export function plainSpaces(text: MappedText): MappedText {
  return text.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f]/gu, ' ');
}
