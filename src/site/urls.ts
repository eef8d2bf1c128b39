import { localePath, type Locale } from '../i18n/locales.ts';

/** The id of the heading of a plan's (or a section's) table of targets. */
export const TARGETS_HEADING = 'targets-heading';

/** Where each kind of page lives, in each language. Paths end with `/` (trailingSlash: always). */
export const urls = {
  home: (l: Locale) => localePath(l, '/'),
  plans: (l: Locale, page = 1) => localePath(l, page > 1 ? `/plans/page/${page}/` : '/plans/'),
  plan: (l: Locale, slug: string) => localePath(l, `/plans/${slug}/`),
  /** A plan's Chinese and English side by side. */
  parallel: (l: Locale, slug: string) => localePath(l, `/plans/${slug}/parallel/`),
  /** A plan's paragraph: the permanent address of a sentence. */
  paragraph: (l: Locale, slug: string, anchor: string) => `${localePath(l, `/plans/${slug}/`)}#${anchor}`,
  /** A target's row in its plan's targets table. */
  target: (l: Locale, id: string) => `${localePath(l, `/plans/${id.split('/')[0]}/`)}#${urls.targetAnchor(id)}`,
  /** The id of a target's row on its plan's page. */
  targetAnchor: (id: string) => `target-${localId(id)}`,
  action: (l: Locale, id: string) => localePath(l, `/plans/${id.replace('/', '/actions/')}/`),
  project: (l: Locale, id: string) => localePath(l, `/plans/${id.replace('/', '/projects/')}/`),
  targets: (l: Locale) => localePath(l, '/targets/'),
  /** Every plan's action of one population group, or project of one theme, in a table of pages. */
  compare: (l: Locale, kind: 'actions' | 'projects', key: string, page = 1) => localePath(l, `/compare/${kind}/${key}/${page > 1 ? `page/${page}/` : ''}`),
  bases: (l: Locale, page = 1) => localePath(l, page > 1 ? `/bases/page/${page}/` : '/bases/'),
  base: (l: Locale, id: string) => localePath(l, `/bases/${id}/`),
  /** The coming twelve months; a year's calendar is at calendarYear. */
  calendar: (l: Locale) => localePath(l, '/calendar/'),
  calendarYear: (l: Locale, year: number) => localePath(l, `/calendar/year/${year}/`),
  activity: (l: Locale, key: string) => localePath(l, `/calendar/${key}/`),
  /** The sentences of every plan that names an activity, in pages. */
  activityPlans: (l: Locale, key: string, page = 1) => localePath(l, `/calendar/${key}/plans/${page > 1 ? `page/${page}/` : ''}`),
  departments: (l: Locale) => localePath(l, '/departments/'),
  department: (l: Locale, key: string, page = 1) => localePath(l, `/departments/${key}/${page > 1 ? `page/${page}/` : ''}`),
  data: (l: Locale) => localePath(l, '/data/'),
  news: (l: Locale) => localePath(l, '/news/'),
  newsItem: (l: Locale, id: string) => localePath(l, `/news/${id}/`),
  /** A place's page: its plans, news and events. */
  city: (l: Locale, key: string) => localePath(l, `/cities/${key}/`),
  /** An event, on the calendar's list of events. */
  event: (l: Locale, id: string) => `${localePath(l, '/calendar/')}#event-${id}`,
  /** The news feed (RSS 2.0) of each language. */
  feed: (l: Locale) => localePath(l, '/rss.xml'),
  /** The fields of each export, and its JSON Schema. */
  dataSchema: (l: Locale) => localePath(l, '/data/schema/'),
  /** The JSON Schema of one export (one file for both languages). */
  jsonSchema: (file: string) => `/data/schema/${file}.schema.json`,
  /** Ingest's notes on the seeds, for editors (English only), in pages. */
  staff: (page = 1) => (page > 1 ? `/en/staff/page/${page}/` : '/en/staff/'),
  /** How much of each plan is in English, and what is outdated or missing. */
  translation: (l: Locale, page = 1) => localePath(l, page > 1 ? `/translation/page/${page}/` : '/translation/'),
  /** The comparison charts, in pages. */
  charts: (l: Locale, page = 1) => localePath(l, page > 1 ? `/charts/page/${page}/` : '/charts/'),
  /** A chart on its own page, and its two downloads (built as static files). */
  chart: (l: Locale, id: string) => localePath(l, `/charts/${id}/`),
  chartCsv: (l: Locale, id: string) => localePath(l, `/charts/${id}.csv`),
  chartSvg: (l: Locale, id: string) => localePath(l, `/charts/${id}.svg`),
  /** The search results page; the header search box submits `?q=` to it. */
  search: (l: Locale) => localePath(l, '/search/'),
};

/**
 * Whether a path is a plan's parallel (Chinese beside English) page.
 * @example isParallelPath('/en/plans/baotou-suzhi-2021-2025/parallel/') // => true
 */
export function isParallelPath(pathname: string): boolean {
  return /^(?:\/en)?\/plans\/[^/]+\/parallel\/$/u.test(pathname);
}

/**
 * The local part of an entry id `<plan slug>/<local id>`.
 * @example localId('baotou-suzhi-2021-2025/youth') // => 'youth'
 */
export function localId(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}
