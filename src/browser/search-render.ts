// One search result as the reader sees it: what kind of thing it is, where, its title and plan;
// then Pagefind's excerpt, or for a plan's targets (src/search/target-record.ts) the targets that
// match, each linked to its row with its figure and deadline.
import { TARGETS_HEADING } from '../site/urls.ts';

/** A place in a record Pagefind can link to (src/search/record-html.ts). */
interface Anchor {
  id: string;
  /** Its heading (a target's metric). */
  title?: string;
  /** Its own text (a target's figure and deadline). */
  text: string;
}

/** The part of Pagefind's result data the page shows. */
export interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  anchors?: Anchor[];
  sub_results?: Array<{ url: string; excerpt: string; anchor?: Anchor }>;
}

/** One target a result lists. */
export interface ListedTarget {
  href: string;
  title: string;
  line: string;
  /** Escaped HTML with <mark>s, as Pagefind gives it; '' when the query matched elsewhere. */
  excerpt: string;
}

export interface ResultFacts {
  href: string;
  title: string;
  kind: string;
  city: string;
  /** The plan a target or a section belongs to. */
  plan: string;
  /** For a plan's targets, the ones shown; empty for other records. */
  targets: ListedTarget[];
  /** How many of its targets the result does not show. */
  moreTargets: number;
  /** Where the plan lists them all. */
  table: string;
}

/** Targets a result lists at most; the rest are a link away. */
export const LISTED_TARGETS = 5;

/**
 * What a result shows, from Pagefind's data for it: of a plan's targets, those the query
 * matched, or its first ones when it matched only the title or there is no query (a filter).
 * @example describeResult({ url: '/en/plans/b/#target-t1', excerpt: '', meta: { title: 'Baotou · Youth: 1 quantitative target', city: 'Baotou' }, filters: { kind: ['target'] }, anchors: [{ id: 'target-t1', title: 'Volunteers', text: '20,000 people · 2025' }] }, 'en').targets[0]?.href // => '/en/plans/b/#target-t1'
 */
export function describeResult(d: Fragment, locale: 'zh' | 'en'): ResultFacts {
  const kind = d.filters?.['kind']?.[0] ?? '';
  const titled = (d.anchors ?? []).filter((a) => a.title);
  const matched = (d.sub_results ?? []).flatMap((s) => (s.anchor?.title ? [{ href: s.url, title: s.anchor.title, line: s.anchor.text, excerpt: s.excerpt }] : []));
  const page = d.url.replace(/#.*$/u, '');
  const listed = matched.length > 0 ? matched : titled.map((a) => ({ href: `${page}#${a.id}`, title: a.title ?? '', line: a.text, excerpt: '' }));
  const targets = listed.slice(0, LISTED_TARGETS);
  return {
    href: d.url,
    // Metadata comes from the records as plain text (src/search/record.ts).
    title: d.meta['title'] || d.url,
    kind: locale === 'en' ? kind.charAt(0).toUpperCase() + kind.slice(1) : kind,
    city: d.meta['city'] || d.filters?.['city']?.join(locale === 'zh' ? '、' : ', ') || '',
    plan: d.meta['plan'] ?? '',
    targets,
    moreTargets: titled.length - targets.length,
    table: `${page}#${TARGETS_HEADING}`,
  };
}

/**
 * A message with its placeholders filled in.
 * @example fill('{n} results for “{q}”', { n: 3, q: 'Qinzhou' }) // => '3 results for “Qinzhou”'
 */
export function fill(template: string | undefined, values: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/gu, (all, key: string) => (key in values ? String(values[key]) : all));
}

/** The list item of one result. Pagefind's excerpts are already escaped HTML with <mark>s. */
export function renderResult(d: Fragment, locale: 'zh' | 'en', strings: Record<string, string>): HTMLLIElement {
  const f = describeResult(d, locale);
  const li = make('li', 'result');
  const tags = make('p', 'result-tags');
  if (f.kind) tags.append(make('span', 'badge', f.kind));
  if (f.city) tags.append(make('span', 'result-city', f.city));
  const heading = make('h2', 'result-title');
  const link = make('a', '', f.title);
  link.href = f.href;
  heading.append(link);
  li.append(tags, heading);
  if (f.plan) li.append(make('p', 'result-plan', f.plan));
  if (f.targets.length === 0) {
    const excerpt = make('p', 'result-excerpt');
    excerpt.append(...excerptNodes(d.excerpt));
    li.append(excerpt);
    return li;
  }
  const list = make('ul', 'result-targets');
  for (const target of f.targets) {
    const item = make('li', 'result-target');
    const name = make('a', 'result-metric', target.title);
    name.href = target.href;
    item.append(name, ' ', make('strong', 'result-value', target.line));
    // An English target's text is its metric and figure, shown already; a Chinese one's excerpt
    // has the plan's own sentence.
    if (target.excerpt && locale === 'zh') {
      const excerpt = make('p', 'result-excerpt');
      excerpt.append(...excerptNodes(target.excerpt));
      item.append(excerpt);
    }
    list.append(item);
  }
  li.append(list);
  if (f.moreTargets > 0) {
    const more = make('p', 'result-more');
    const all = make('a', '', fill(strings['moreTargets'], { n: f.moreTargets }));
    all.href = f.table;
    more.append(all);
    li.append(more);
  }
  return li;
}

/**
 * Pagefind's excerpt (escaped text with <mark>s) as nodes: the browser's parser decodes the
 * entities, only the marks are kept as elements, and web addresses are dropped.
 */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    const text = stripUrls(node.textContent ?? '');
    if (node.nodeName !== 'MARK') return document.createTextNode(text);
    return make('mark', '', text);
  });
}

/**
 * Text without the web addresses in it (a citation's URL is no excerpt).
 * @example stripUrls('See http://localhost:4321/plans/x/#p1 for it') // => 'See … for it'
 */
export function stripUrls(text: string): string {
  return text.replace(/(?:https?:\/\/|www\.)\S+/gu, '…');
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text) e.textContent = text;
  return e;
}
