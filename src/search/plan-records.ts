// The search records of a plan and of its actions and projects: each is found by its title, the
// facts its page lists (city, status, period, document number, issuer; plan, city, group or
// theme, lead and cooperating units) and its text, in the page's language. A plan's record holds
// only the text none of its actions and projects has: a sentence of an action finds that action,
// whose result names its plan, and not the plan page a second time. A word's places in the index
// are then about a third fewer (科普: 94,000 to 59,000 at 100 plans), and the chunk of the index a
// first search fetches for it 28 % smaller (12.7 to 9.1 KB; docs/scaling.md).
import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/translations/index.ts';
import type { ActionEntry, PlanEntry, ProjectEntry, SiteData } from '../site/data.ts';
import { formatPeriod } from '../site/format.ts';
import { names } from '../site/names.ts';
import { urls } from '../site/urls.ts';
import { entryUnits, type BodyUnit } from './body-units.ts';
import { fact, listOf, searchRecord, type SearchRecord } from './record.ts';
import type { TargetRow } from './target-record.ts';
import { unitText } from './unit-text.ts';

/** The city's name in the other language, so 包头 finds Baotou's English pages and Baotou its Chinese ones. */
function otherCityName(site: SiteData, locale: Locale, plan: PlanEntry): string | null {
  const city = site.cities.get(plan.data.city);
  return locale === 'zh' ? city?.name_en ?? null : city?.name_zh ?? plan.data.city_zh;
}

/**
 * The units of a plan's body that are in none of its actions and projects: its preamble, its
 * aims, its safeguards.
 * @example ownUnits(site, plan).map((u) => u.id) // => ['s1', 's1-p1', …, 's4', 's4-p1', …]
 */
export function ownUnits(site: SiteData, plan: PlanEntry): BodyUnit[] {
  const { actions, projects } = site.ofPlan(plan.data.slug);
  const theirs = new Set([...actions, ...projects].flatMap((s) => entryUnits(s).map((u) => u.id)));
  return entryUnits(plan).filter((u) => !theirs.has(u.id));
}

/**
 * A plan's record in one language.
 * @example planRecord(site, 'en', plan).meta.title // => 'Implementation Plan of Baotou …'
 */
export function planRecord(site: SiteData, locale: Locale, plan: PlanEntry): SearchRecord {
  const t = ui(locale);
  const n = names(site, locale);
  const d = plan.data;
  const city = n.city(d.city, d.city_zh);
  const place = [city, n.province(plan)].filter(Boolean).join(locale === 'zh' ? '，' : ', ');
  return searchRecord(locale, {
    url: urls.plan(locale, d.slug),
    title: n.plan(plan),
    blocks: [
      fact(locale, d.level === 'province' ? t.plan.province : t.plan.city, place),
      fact(locale, t.plan.status, d.status === 'draft' ? t.plan.draft : t.plan.final),
      fact(locale, t.plan.period, formatPeriod(locale, d.period)),
      fact(locale, t.plan.docNumber, locale === 'zh' ? d.doc_number : [d.doc_number, n.docNumber(plan)].filter(Boolean).join(' ')),
      fact(locale, t.plan.issuer, n.issuer(plan)),
      ...unitText(site, locale, d.slug, ownUnits(site, plan)),
    ],
    filters: { kind: [t.search.kinds.plan], city: [city] },
    extraTerms: [otherCityName(site, locale, plan)],
  });
}

/** A project's theme as its page names it; null when it matched none. */
function themeName(site: SiteData, locale: Locale, project: ProjectEntry): string | null {
  const theme = project.data.theme;
  return theme ? names(site, locale).theme(theme, site.themes.get(theme)?.name_zh ?? project.data.name_zh) : null;
}

/**
 * An action's or project's record in one language; `targets` are the rows of its targets table.
 * @example sectionRecord(site, 'zh', action).filters.kind // => ['行动']
 */
export function sectionRecord(site: SiteData, locale: Locale, section: ActionEntry | ProjectEntry, targets: readonly TargetRow[] = []): SearchRecord {
  const t = ui(locale);
  const n = names(site, locale);
  const d = section.data;
  const plan = site.plan(d.plan);
  const city = n.city(plan.data.city, plan.data.city_zh);
  const isAction = section.collection === 'actions';
  const units = (keys: readonly string[]) => listOf(locale, keys.map((k) => n.department(k)));
  const measureUnits = d.measures.flatMap((m) => [...m.lead_units, ...m.cooperating_units]);
  return searchRecord(locale, {
    url: isAction ? urls.action(locale, d.id) : urls.project(locale, d.id),
    title: n.section(section),
    blocks: [
      fact(locale, t.section.plan, n.plan(plan)),
      fact(locale, t.section.city, `${city} · ${formatPeriod(locale, plan.data.period)}`),
      section.collection === 'actions' ? fact(locale, t.section.group, n.group(section.data.group)) : fact(locale, t.section.theme, themeName(site, locale, section)),
      fact(locale, t.plan.lead, units(d.lead_units)),
      fact(locale, t.plan.cooperating, units(d.cooperating_units)),
      units([...new Set(measureUnits)]),
      ...targets.map((row) => [locale === 'zh' ? row.metric_zh : row.metric_text_en ?? row.metric_en ?? row.metric_zh, n.group(row.group)].join(' ')),
      ...unitText(site, locale, d.plan, entryUnits(section)),
    ],
    meta: { plan: n.plan(plan) },
    filters: {
      kind: [isAction ? t.search.kinds.action : t.search.kinds.project],
      city: [city],
      ...(isAction ? { group: [n.group((d as ActionEntry['data']).group)] } : {}),
    },
    extraTerms: [otherCityName(site, locale, plan)],
  });
}
