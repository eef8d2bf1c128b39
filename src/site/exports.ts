import { execFileSync } from 'node:child_process';
import type { SiteData } from './data.ts';
import { currentEnglish } from './english.ts';
import { names } from './names.ts';
import { localId, urls } from './urls.ts';

/**
 * The open-data exports (dist/data/*): the contract journalists and tests rely on, documented in
 * README.md. URLs are absolute, on `site`.
 */
export function targetsExport(site: SiteData, base: URL) {
  const en = names(site, 'en');
  return site.targets.map((t) => {
    const d = t.data;
    const plan = site.plan(d.plan);
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
    };
  });
}

export function plansExport(site: SiteData, base: URL) {
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
    };
  });
}

/** Which commit, of what date, the exports were built from, so figures can be reproduced. */
export function metaExport(site: SiteData) {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  return {
    commit: git(['rev-parse', 'HEAD']),
    commit_date: git(['log', '-1', '--format=%cI']),
    uncommitted_changes: (git(['status', '--porcelain', '--', 'seeds', 'content']) ?? '') !== '',
    seeds: site.plans.map((p) => ({ file: p.data.generated_from[0]?.seed ?? '', sha256: p.data.generated_from[0]?.sha256 ?? '', plan: p.data.slug })),
    counts: { plans: site.plans.length, actions: site.actions.length, projects: site.projects.length, targets: site.targets.length, bases: site.bases.length },
    files: ['plans.json', 'targets.json', 'targets.csv', 'meta.json'],
  };
}

/**
 * Rows as CSV (RFC 4180), with a byte-order mark so spreadsheet programs read the Chinese right.
 * @example toCsv([{ a: 1, b: 'x,"y"' }]) // => '\uFEFFa,b\r\n1,"x,""y"""\r\n'
 */
export function toCsv(rows: ReadonlyArray<Record<string, unknown>>): string {
  const columns = Object.keys(rows[0] ?? {});
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
  };
  return `\uFEFF${[columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n')}\r\n`;
}
