// One search result as the reader sees it: what kind of thing it is, where, its title, and for a
// target its value, unit, city and deadline; then Pagefind's excerpt.

/** The part of Pagefind's result data the page shows. */
export interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

export interface ResultFacts {
  href: string;
  title: string;
  kind: string;
  city: string;
  /** A target's figure: value and unit, e.g. `≥ 20,000 people`; '' for pages. */
  figure: string;
  /** A target's deadline or year, and whether it is a target, baseline or past achievement. */
  when: string;
  status: string;
  /** The plan a target belongs to. */
  plan: string;
}

/**
 * What a result shows, from Pagefind's data for it.
 * @example describeResult({ url: '/en/plans/b/#target-t1', excerpt: '', meta: { title: 'Volunteers', value: '20,000', unit: 'people', city: 'Baotou' }, filters: { kind: ['target'] } }, 'en').figure // => '20,000 people'
 */
export function describeResult(d: Fragment, locale: 'zh' | 'en'): ResultFacts {
  const kind = d.filters?.['kind']?.[0] ?? '';
  const value = d.meta['value'] ?? '';
  return {
    href: d.url,
    // Metadata comes from the records as plain text (src/search/record.ts).
    title: d.meta['title'] || d.url,
    kind: locale === 'en' ? kind.charAt(0).toUpperCase() + kind.slice(1) : kind,
    city: d.meta['city'] || d.filters?.['city']?.join(locale === 'zh' ? '、' : ', ') || '',
    figure: value ? [value, d.meta['unit']].filter(Boolean).join(' ') : '',
    when: d.meta['when'] ?? '',
    status: d.meta['status'] && d.meta['status'].toLowerCase() !== kind.toLowerCase() ? d.meta['status'] : '',
    plan: d.meta['plan'] ?? '',
  };
}

/**
 * A message with its placeholders filled in.
 * @example fill('{n} results for “{q}”', { n: 3, q: 'Qinzhou' }) // => '3 results for “Qinzhou”'
 */
export function fill(template: string | undefined, values: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/gu, (all, key: string) => (key in values ? String(values[key]) : all));
}

/** The list item of one result. Pagefind's excerpt is already escaped HTML with <mark>s. */
export function renderResult(d: Fragment, locale: 'zh' | 'en'): HTMLLIElement {
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
  if (f.figure) {
    const figure = make('p', 'result-figure');
    figure.append(make('strong', 'result-value', f.figure), ...[f.when, f.status].filter(Boolean).map((x) => ` · ${x}`));
    li.append(figure);
  }
  if (f.plan) li.append(make('p', 'result-plan', f.plan));
  const excerpt = make('p', 'result-excerpt');
  // A target's excerpt is its plan's Chinese sentence, on English pages too.
  if (f.figure && locale === 'en') excerpt.lang = 'zh-Hans';
  excerpt.append(...excerptNodes(d.excerpt));
  li.append(excerpt);
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
