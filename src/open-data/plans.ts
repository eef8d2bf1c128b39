import type { SiteData } from '../site/data.ts';
import { names } from '../site/names.ts';
import { urls } from '../site/urls.ts';
import type { PlanRow } from '../schemas/open-data.ts';

/**
 * dist/data/plans.json: a row per plan with its actions, projects, venues and activity days.
 * @example plansExport(site, base).map((p) => p.slug) // => ['anning-suzhi-2021-2025', …]
 */
export function plansExport(site: SiteData, base: URL): PlanRow[] {
  const en = names(site, 'en');
  // Each unit as the plan writes it, beside its department's canonical short name.
  const unit = (u: { as_written: string; department: string }) => ({ as_written: u.as_written, department: site.department(u.department)?.short_zh ?? u.department });
  const section = (s: SiteData['actions'][number] | SiteData['projects'][number]) => ({
    order: s.data.order,
    name_zh: s.data.name_zh,
    key: s.data.id,
    lead_units: s.data.lead_written.map(unit),
    cooperating_units: s.data.cooperating_written.map(unit),
    measures: s.data.measures.map((m) => ({ order: m.order, title_zh: m.title_zh, lead_units: m.lead_written.map(unit), cooperating_units: m.cooperating_written.map(unit) })),
  });
  return site.plans.map((plan) => {
    const d = plan.data;
    return {
      slug: d.slug,
      seed: d.generated_from[0]?.seed ?? '',
      sha256: d.generated_from[0]?.sha256 ?? '',
      url: new URL(urls.plan('zh', d.slug), base).href,
      url_en: new URL(urls.plan('en', d.slug), base).href,
      title_zh: d.title_zh,
      kind: d.kind,
      city_zh: d.city_zh,
      city_en: en.city(d.city, d.city_zh),
      province_zh: d.province_zh,
      parent_zh: d.parent_zh,
      level: d.level,
      place_code: d.place_code,
      script: d.script,
      doc_number: d.doc_number,
      issuer_zh: d.issuer_zh,
      issued: d.issued,
      period: d.period && `${d.period.start}-${d.period.end}`,
      period_start: d.period?.start ?? null,
      period_end: d.period?.end ?? null,
      vision_year: d.period?.vision ?? null,
      status: d.status,
      comment: d.comment,
      literacy: d.literacy,
      actions: site.actions.filter((a) => a.data.plan === d.slug).map((a) => ({ ...section(a), group: a.data.group })),
      projects: site.projects.filter((p) => p.data.plan === d.slug).map((p) => ({ ...section(p), theme: p.data.theme })),
      bases: site.bases
        .filter((b) => b.data.mentions.some((m) => m.plan === d.slug))
        .map((b) => ({ name_zh: b.data.name_zh, type: b.data.type, status: b.data.status })),
      activity_days: site.activities.filter((a) => a.data.mentions.some((m) => m.plan === d.slug)).map((a) => a.data.name_zh),
      corrections: d.corrections.map((c) => ({ correct: c.correct, quote: c.quote, removed: c.removed, entry: c.entry, original: c.original, reason: c.reason, date: c.date, file: c.file })),
    };
  });
}

