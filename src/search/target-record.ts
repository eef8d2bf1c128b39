// A plan's quantitative targets for one population group are one search record per language,
// and each target is an anchor of it (record-html.ts), so a search lists the matching targets
// under their plan, each linked to its row (`#target-…`) and shown with its value, unit and
// deadline. One record for a group, not one per target: Pagefind's page table, fetched whole
// by a first search, grows by a few bytes a record, and targets were most of the records (23 of
// a plan's 38). Filtered as kind “target” with the plan's city and the group. Its rows are
// those of the open-data export (src/open-data/targets.ts), so a result and the export say the
// same.
import { targetWhen } from '../site/target-when.ts';
import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/translations/index.ts';
import { formatValue } from '../site/format.ts';
import { urls } from '../site/urls.ts';
import { indexTerms, TERMS_KEY } from './index-terms.ts';
import { recordLanguage } from './index-language.ts';
import type { RecordAnchor, SearchRecord } from './record.ts';

/** The fields of a row of the targets export (dist/data/targets.json) that a search result needs. */
export interface TargetRow {
  id: string;
  plan: string;
  city_zh: string;
  city_en: string | null;
  kind: 'target' | 'baseline' | 'achievement';
  metric_zh: string;
  metric_en: string | null;
  metric_text_en: string | null;
  value: number;
  value_max: number | null;
  unit: string;
  unit_en: string;
  comparator: '>=' | '=' | '~' | '<=';
  figure: string;
  deadline_year: number | null;
  as_of_year: number | null;
  period: string | null;
  frequency: 'per-semester' | 'per-year' | null;
  group: string;
  /** The action or project whose targets table has it; null for the plan's own goals. */
  section: string | null;
  quote: string;
}

export interface TargetContext {
  /** Population group names by key, in the record's language. */
  groupName: (key: string) => string;
  /** The plan's title in the record's language. */
  planTitle: (slug: string) => string;
}

/**
 * A target as an anchor of its group's record: its metric, then its figure, deadline and status,
 * then, in Chinese, the plan's own sentence (an English record finds the sentence by its
 * explicit terms, but does not show it).
 * @example targetAnchor('en', row).line // => '20,000 people · 2025'
 */
export function targetAnchor(locale: Locale, row: TargetRow): RecordAnchor {
  const t = ui(locale);
  const zh = locale === 'zh';
  const metric = zh ? row.metric_zh : row.metric_text_en ?? row.metric_en ?? row.metric_zh;
  const value = formatValue(locale, row, row.unit === '%' ? '%' : '');
  const unit = row.unit === '%' ? '' : zh ? row.unit : row.unit_en;
  // The search record says when as the pages do; the year of the build plays no part in it.
  const when = targetWhen(locale, row, 0).when;
  const figure = [value, unit].filter(Boolean).join(zh ? '' : ' ');
  const status = row.kind === 'target' ? '' : t.target.kinds[row.kind];
  return {
    id: urls.targetAnchor(row.id),
    title: metric,
    line: [figure, when, status].filter(Boolean).join(' · '),
    blocks: zh ? [row.quote] : [],
  };
}

/**
 * The search record of a plan's targets for one group, in one language; `rows` are that group's
 * targets, in the order of the plan's text.
 * @example targetsRecord('en', rows, ctx).anchors?.[0]?.id // => 'target-sx2-9-1-t1'
 */
export function targetsRecord(locale: Locale, rows: readonly [TargetRow, ...TargetRow[]], ctx: TargetContext): SearchRecord {
  const t = ui(locale);
  const zh = locale === 'zh';
  const [first] = rows;
  const city = zh ? first.city_zh : first.city_en ?? first.city_zh;
  const group = ctx.groupName(first.group);
  const title = t.search.targetsOf(city, group, rows.length);
  const kind = t.search.kinds.target;
  const anchors = rows.map((row) => targetAnchor(locale, row));
  // The Chinese words of each target (its metric and sentence) and the city's other name find
  // the record in either language, as phrases (index-terms.ts).
  const chinese = zh ? [] : rows.map((row) => `${row.metric_zh} ${row.quote}`);
  const words = [title, ...anchors.flatMap((a) => [a.title, a.line, ...a.blocks]), ...chinese, zh ? first.city_en ?? '' : first.city_zh];
  return {
    // Its first target's row: Pagefind keeps one record of a URL.
    url: urls.target(locale, first.id),
    language: recordLanguage(locale),
    content: title,
    meta: { title, plan: ctx.planTitle(first.plan), city, group, [TERMS_KEY]: indexTerms(zh ? 'zh' : 'en', words.join('\n')) },
    filters: { kind: [kind], city: [city], group: [group] },
    anchors,
  };
}
