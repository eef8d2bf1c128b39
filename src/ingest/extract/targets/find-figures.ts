import { insideBookTitle } from '../../text/sentences.ts';
import { chineseAmount, parseAmount } from './parse-amount.ts';

export type Comparator = '>=' | '=' | '~' | '<=';

/** A number with its unit in a sentence: `1.2万名以上`, `90%以上`, `10家左右`. */
export interface Figure {
  /** Offsets in the analysis text. */
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
}

const UNITS = '个百分点|%|万人次|人次|人|名|个|所|家|次|件|辆|场次|场|期|册|门|项|座|处|支|部|篇|台|套|条|学时|课时|小时';
const FIGURE = new RegExp(
  `(?<![\\d.第])(\\d+(?:\\.\\d+)?)(?:—(\\d+(?:\\.\\d+)?))?(余|多)?([千万亿])?(余|多)?(${UNITS})?(及以上|以上|左右|以内|以下)?`,
  'gu',
);
// A count in Chinese numerals (至少配备一名…教师, 百余场): only where it is said to be a least,
// a most or about, since 一支队伍 and 一个重要任务 are words, not figures.
const CHINESE_FIGURE = new RegExp(`([一二两三四五六七八九十百千]+)(余|多)?(万)?(${UNITS})(及以上|以上|左右|以内|以下)?`, 'gu');
const CHINESE_BEFORE = /(不少于|至少|不低于|超过|最少)\p{Script=Han}{0,3}$/u;
// Counts of the plan's own structure (5项提升行动, 6项重点工程, “7个专项行动”) are not targets.
const STRUCTURE_AFTER = /^(?:大|项)?(?:提升行动|重点工程|专项行动|重点任务|大重点人群|工程)/u;
// A count that locates (`在全市9个街道…`) rather than aims.
const LOCATIVE_BEFORE = /在(?:全市)?$/u;
const COMPARATOR_BEFORE = /(不少于|至少|不低于|超过|最少|约|近)$/u;

/**
 * Every figure in an analysis text that has a unit, a magnitude or a comparator; years, ordinals
 * (第17次), document numbers and counts of the plan's own structure are left out.
 * @example findFigures('培育农村创新创业带头人1.2万名以上').map((f) => [f.value, f.unit, f.comparator]) // => [[12000, '名', '>=']]
 * @example findFigures('培育科技类校外培训机构10家左右')[0]?.comparator // => '~'
 * @example findFigures('每所学校至少配备一名专职科技教师').map((f) => [f.value, f.unit, f.comparator]) // => [[1, '名', '>=']]
 */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, num, num2, yu1, mag, yu2, unit, post] = m;
    if (!num || (!unit && !post && !mag)) continue;
    const start = m.index;
    const end = start + whole.length;
    if (STRUCTURE_AFTER.test(text.slice(end, end + 8)) || LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    if (insideBookTitle(text, start)) continue;
    const before = text.slice(Math.max(0, start - 4), start);
    const value = parseAmount(`${num}${mag ?? ''}`);
    out.push({
      start,
      end,
      value,
      valueMax: num2 ? parseAmount(`${num2}${mag ?? ''}`) : null,
      unit: unit ?? '',
      comparator: comparatorOf(post, yu1 ?? yu2, COMPARATOR_BEFORE.exec(before)?.[1], clauseBefore(text, start)),
    });
  }
  for (const m of text.matchAll(CHINESE_FIGURE)) {
    const [whole, num, yu, wan, unit, post] = m;
    const start = m.index;
    const before = CHINESE_BEFORE.exec(text.slice(Math.max(0, start - 8), start))?.[1];
    if (!num || !unit || (!before && !post && !yu) || insideBookTitle(text, start)) continue;
    if (/[一二两三四五六七八九十百千\d]$/u.test(text.slice(0, start))) continue;
    const end = start + whole.length;
    if (STRUCTURE_AFTER.test(text.slice(end, end + 8))) continue;
    out.push({ start, end, value: chineseAmount(`${num}${wan ?? ''}`), valueMax: null, unit, comparator: comparatorOf(post, yu, before, clauseBefore(text, start)) });
  }
  return out.sort((a, b) => a.start - b.start);
}

function comparatorOf(post: string | undefined, more: string | undefined, before: string | undefined, clause: string): Comparator {
  if (post === '以上' || post === '及以上' || more) return '>=';
  if (post === '左右' || before === '约' || before === '近') return '~';
  if (post === '以内' || post === '以下') return '<=';
  if (before || /(不少于|至少|不低于|超过)/u.test(clause)) return '>=';
  return '=';
}

/** The clause before an offset: back to the last ，。；：！？ (looking no further than 200 characters). */
export function clauseBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 200), at);
  const cut = Math.max(...['，', '。', '；', '：', '！', '？'].map((d) => window.lastIndexOf(d)));
  return window.slice(cut + 1);
}
