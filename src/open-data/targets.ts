import type { SiteData } from '../site/data.ts';
import { currentEnglish } from '../site/english.ts';
import { names } from '../site/names.ts';
import { localId, urls } from '../site/urls.ts';
import type { TargetRow } from '../schemas/open-data.ts';
import { outcomeStatus } from '../site/outcome-status.ts';

/**
 * dist/data/targets.json: a row per target, baseline and achievement, as src/schemas/open-data.ts
 * describes. URLs are absolute, on `base`.
 * @example targetsExport(site, new URL('https://kepu.example/'))[0]?.url // => 'https://kepu.example/plans/anning-suzhi-2021-2025/#s2-1-b3'
 */
export function targetsExport(site: SiteData, base: URL): TargetRow[] {
  const en = names(site, 'en');
  return site.targets.map((t) => {
    const d = t.data;
    const plan = site.plan(d.plan);
    const latest = d.outcomes.at(-1);
    return {
      id: d.id,
      plan: d.plan,
      seed: d.generated_from[0]?.seed ?? '',
      city_zh: plan.data.city_zh,
      city_en: en.city(plan.data.city, plan.data.city_zh),
      kind: d.kind,
      metric_zh: d.metric_zh,
      metric_key: d.metric_key,
      metric_en: d.metric_key ? site.metrics.get(d.metric_key)?.name_en ?? null : null,
      metric_text_en: currentEnglish(site, d.plan, `metric/${localId(d.id)}`) && en.targetMetric(t),
      value: d.value,
      value_max: d.value_max,
      unit: d.unit,
      unit_en: en.unit(d.unit),
      comparator: d.comparator,
      figure: d.figure,
      deadline_year: d.deadline_year,
      as_of_year: d.as_of_year,
      period: d.period,
      frequency: d.frequency,
      group: d.group,
      section: d.section,
      quote: d.quote,
      line: d.line,
      url: new URL(urls.paragraph('zh', d.plan, d.anchor), base).href,
      url_en: new URL(urls.paragraph('en', d.plan, d.anchor), base).href,
      corrected: d.correction !== null,
      original: d.correction?.original ?? null,
      correction_reason: d.correction ? d.correction.reason : null,
      outcome_status: outcomeStatus(d),
      outcome_reached: latest?.reached ?? null,
      outcome_as_of: latest?.as_of ?? null,
      outcome_source: latest ? `${site.publisher(latest.source.publisher)?.name_zh ?? latest.source.publisher}《${latest.source.title_zh}》` : null,
      outcome_url: latest?.source.url ?? null,
    };
  });
}

