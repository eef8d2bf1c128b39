// Each quantitative target is a search result of its own. Pagefind indexes pages, and a target
// is a row of its plan's page, so the indexer adds one custom record per target and language:
// it links to the row (`#target-…`), is filtered as kind “target” with its city and group, and
// carries its value, unit and city as metadata for the result to show. Its rows are those of the
// open-data export (src/open-data/targets.ts), so a result and the export say the same.
import { targetWhen } from '../site/target-when.ts';
import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/translations/index.ts';
import { formatValue } from '../site/format.ts';
import { urls } from '../site/urls.ts';
import { indexTerms, TERMS_KEY } from './index-terms.ts';
import { recordLanguage } from './index-language.ts';
import type { SearchRecord } from './record.ts';

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
 * The search record of a target in one language.
 * @example targetRecord('en', row, ctx).meta.city // => 'Baotou'
 */
export function targetRecord(locale: Locale, row: TargetRow, ctx: TargetContext): SearchRecord {
  const t = ui(locale);
  const zh = locale === 'zh';
  const city = zh ? row.city_zh : row.city_en ?? row.city_zh;
  const metric = zh ? row.metric_zh : row.metric_text_en ?? row.metric_en ?? row.metric_zh;
  const group = ctx.groupName(row.group);
  // The search record says when as the pages do; the year of the build plays no part in it.
  const when = targetWhen(locale, row, 0).when;
  const value = formatValue(locale, row, row.unit === '%' ? '%' : '');
  const unit = row.unit === '%' ? '' : zh ? row.unit : row.unit_en;
  const kind = t.search.kinds.target;
  const plan = ctx.planTitle(row.plan);
  // The content, which excerpts are cut from, is the plan's own sentence in Chinese and the
  // figure in words in English; the metric, city, group and plan are metadata: searched too,
  // shown by the result.
  const meta: Record<string, string> = { title: metric, kind, value, unit, city, group, when, plan, status: t.target.kinds[row.kind] };
  meta[TERMS_KEY] = indexTerms(zh ? 'zh' : 'en', `${row.metric_zh} ${row.quote} ${zh ? row.city_en ?? '' : row.city_zh}`);
  return {
    url: urls.target(locale, row.id),
    language: recordLanguage(locale),
    content: zh ? row.quote : [metric, value, unit, when, city].filter(Boolean).join(' '),
    meta,
    filters: { kind: [kind], city: [city], group: [group] },
  };
}
