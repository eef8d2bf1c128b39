// The targets explorer (/targets/, /en/targets/ and their sort orders) and its charts, on the built
// site: every target is listed, every link lands on a sentence that exists, charts and their
// tables agree.
import { describe, expect, it } from 'vitest';
import { decode, distExists, distFile } from '../setup/dist.ts';
import { rowAnchor } from '../../src/site/explorer/rows.ts';

interface ExportedTarget {
  id: string;
  plan: string;
  kind: string;
  value: number;
  deadline_year: number | null;
  url: string;
}

const targets = JSON.parse(distFile('data/targets.json')) as ExportedTarget[];
const targetOfRow = new Map(targets.map((t) => [rowAnchor(t.id), t.id]));
const sortKeys = ['metric', 'value', 'kind', 'deadline', 'group'];
const pages = (prefix: string) => [`${prefix}targets/index.html`, ...sortKeys.map((k) => `${prefix}targets/sort/${k}/index.html`)];
const allPages = [...pages(''), ...pages('en/')];

/** The explorer table's rows: their data attributes and cells. */
function explorerRows(html: string) {
  const table = html.match(/<table class="targets-explorer[^>]*>([\s\S]*?)<\/table>/u)?.[1] ?? '';
  const body = table.match(/<tbody[^>]*>([\s\S]*)<\/tbody>/u)?.[1] ?? '';
  return body
    .split(/<tr\b/u)
    .slice(1)
    .map((tr) => ({
      target: targetOfRow.get(tr.match(/^ id="([^"]+)"/u)?.[1] ?? '') ?? '',
      city: tr.match(/data-city="([^"]+)"/u)?.[1] ?? '',
      value: Number(tr.match(/<td class="num"[^>]*data-value="([^"]+)"/u)?.[1]),
      links: [...tr.matchAll(/<a href="([^"]+)"/gu)].map((m) => decode(m[1] ?? '')),
      text: decode(tr.replace(/<[^>]+>/gu, ' ')),
    }));
}

/**
 * The charts on a page: the marks of the SVG and the figures of its table. A chart is drawn at
 * several widths (one shown at a time); each drawing is one entry, checked on its own.
 */
function charts(html: string) {
  return [...html.matchAll(/<figure class="chart[^"]*"[^>]*id="([^"]+)"[^>]*>([\s\S]*?)<\/figure>/gu)].flatMap((m) => {
    const body = m[2] ?? '';
    const table = body.match(/<table[\s\S]*<\/table>/u)?.[0] ?? '';
    const drawings = [...body.matchAll(/<svg[\s\S]*?<\/svg>/gu)].map((d) => d[0]);
    expect(drawings.length, m[1]).toBeGreaterThan(0);
    return drawings.map((svg) => ({
      id: m[1] ?? '',
      svg,
      marks: [...svg.matchAll(/<(?:rect|circle) class="(?:bar|point)[^"]*"[^>]*data-value="([^"]+)"/gu)].map((v) => Number(v[1])),
      svgLinks: [...svg.matchAll(/<a href="([^"]+)"/gu)].map((v) => decode(v[1] ?? '')),
      tableValues: [...table.matchAll(/data-value="([^"]+)"/gu)].map((v) => Number(v[1])),
      tableLinks: [...table.matchAll(/<a href="([^"]+)"/gu)].map((v) => decode(v[1] ?? '')),
    }));
  });
}

const planHtml = new Map<string, string>();
/** Whether a link to a plan paragraph (/plans/x/#anchor or /en/plans/x/#anchor) lands on an element. */
function resolves(href: string): boolean {
  const m = href.match(/^(\/(?:en\/)?plans\/[a-z0-9-]+\/)#([\w-]+)$/u);
  if (!m) return false;
  const file = `${m[1]?.slice(1)}index.html`;
  if (!planHtml.has(file)) planHtml.set(file, distExists(file) ? distFile(file) : '');
  return (planHtml.get(file) ?? '').includes(` id="${m[2]}"`);
}

describe('targets explorer page', () => {
  it.each(allPages)('%s lists every target of targets.json once', (page) => {
    const ids = explorerRows(distFile(page)).map((r) => r.target);
    expect(ids).toHaveLength(targets.length);
    expect(new Set(ids)).toEqual(new Set(targets.map((t) => t.id)));
  });

  it.each(['', 'en/'])('/%stargets/ shows the values of targets.json', (prefix) => {
    const byId = new Map(targets.map((t) => [t.id, t.value]));
    for (const row of explorerRows(distFile(`${prefix}targets/index.html`))) expect(row.value, row.target).toBe(byId.get(row.target));
  });

  it.each(['', 'en/'])('/%stargets/ links every row to its sentence, which exists on the plan page', (prefix) => {
    for (const row of explorerRows(distFile(`${prefix}targets/index.html`))) {
      const source = row.links.at(-1) ?? '';
      expect(source.startsWith(`/${prefix}plans/`), `${row.target}: ${source}`).toBe(true);
      expect(resolves(source), `${row.target}: ${source}`).toBe(true);
    }
  });

  it('links every row to the same sentence as the open data does', () => {
    const byId = new Map(targets.map((t) => [t.id, new URL(t.url).pathname + new URL(t.url).hash]));
    for (const row of explorerRows(distFile('targets/index.html'))) expect(row.links.at(-1)).toBe(byId.get(row.target));
  });

  it('says plainly that a 2025 deadline has passed (the site is built as of 2026-03-15)', () => {
    const zh = explorerRows(distFile('targets/index.html'));
    const en = explorerRows(distFile('en/targets/index.html'));
    const due2025 = targets.filter((t) => t.kind === 'target' && t.deadline_year === 2025).map((t) => t.id);
    expect(due2025.length).toBeGreaterThan(0);
    for (const id of due2025) {
      expect(zh.find((r) => r.target === id)?.text).toContain('2025年时限已过，尚无结果报告');
      expect(en.find((r) => r.target === id)?.text).toContain('deadline 2025 passed — outcome not yet reported');
    }
  });

  it('has a filter choice, with a label and a CSS rule, for every city in the data', () => {
    const html = distFile('targets/index.html');
    for (const city of new Set(explorerRows(html).map((r) => r.city))) {
      expect(html).toContain(`<input type="radio" name="city" id="tf-city-${city}" value="${city}"`);
      expect(html).toContain(`<label for="tf-city-${city}"`);
      expect(html).toContain(`.explorer:has(#tf-city-${city}:checked) tbody tr:not([data-city="${city}"]){display:none}`);
    }
    expect(html).toMatch(/<button type="reset"/u);
  });

  it('marks the sorted column with aria-sort and links every order from the headings', () => {
    const byValue = distFile('targets/sort/value/index.html');
    expect(byValue).toMatch(/<th scope="col" aria-sort="descending"[^>]*><a href="\/targets\/sort\/value\/#all-targets"/u);
    expect(distFile('en/targets/index.html')).toMatch(/<th scope="col" aria-sort="ascending"[^>]*><a href="\/en\/targets\/#all-targets"/u);
    for (const key of sortKeys) expect(distFile('targets/index.html')).toContain(`href="/targets/sort/${key}/#all-targets"`);
  });

  it('orders the value page from the largest value down', () => {
    const values = explorerRows(distFile('en/targets/sort/value/index.html')).map((r) => r.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('offers the CSV and JSON downloads, which exist', () => {
    const html = distFile('en/targets/index.html');
    expect(html).toContain('href="/data/targets.csv"');
    expect(html).toContain('href="/data/targets.json"');
    expect(distExists('data/targets.csv')).toBe(true);
  });

  it('explains how values are normalized', () => {
    const text = decode(distFile('targets/index.html'));
    expect(text).toContain('12000');
    expect(text).toContain('≥');
    expect(text).toContain('≈');
  });
});

/** The HTML of every page of the comparison charts in a language ('' or 'en/'), one after another. */
function chartPagesHtml(prefix: string): string {
  const pages = [`${prefix}charts/index.html`];
  for (let n = 2; distExists(`${prefix}charts/page/${n}/index.html`); n++) pages.push(`${prefix}charts/page/${n}/index.html`);
  return pages.map(distFile).join('\n');
}

describe('comparison charts', () => {
  const compared = new Set(['science-volunteers', 'national-bases', 'regional-bases', 'city-bases']);

  it.each(['', 'en/'])('/%scharts/ has the literacy chart and a bar chart for each metric two plans target, in pages under 300 KB', (prefix) => {
    expect(distFile(`${prefix}targets/index.html`)).toContain(`href="/${prefix}charts/"`);
    for (let n = 1; n === 1 || distExists(`${prefix}charts/page/${n}/index.html`); n++) {
      expect(distFile(n === 1 ? `${prefix}charts/index.html` : `${prefix}charts/page/${n}/index.html`).length).toBeLessThan(300 * 1024);
    }
    const ids = charts(chartPagesHtml(prefix)).map((c) => c.id);
    expect(ids).toContain('chart-literacy-figure');
    const plansPer = new Map<string, Set<string>>();
    const keyOf = new Map((JSON.parse(distFile('data/targets.json')) as Array<{ id: string; metric_key: string | null }>).map((t) => [t.id, t.metric_key]));
    for (const t of targets.filter((x) => x.kind === 'target')) {
      const key = keyOf.get(t.id);
      if (key && compared.has(key)) plansPer.set(key, (plansPer.get(key) ?? new Set()).add(t.plan));
    }
    for (const [key, plans] of plansPer) if (plans.size >= 2) expect(ids, key).toContain(`chart-${key}-figure`);
  });

  it.each(['', 'en/'])('/%scharts/: every chart is titled and described, and every mark is a link', (prefix) => {
    for (const c of charts(chartPagesHtml(prefix))) {
      expect(c.svg, c.id).toMatch(/aria-labelledby="[^"]+-title" aria-describedby="[^"]+-desc"><title id="[^"]+-title">[^<]+<\/title><desc id="[^"]+-desc">[^<]+<\/desc>/u);
      expect(c.marks.length, c.id).toBeGreaterThan(0);
      expect(c.svgLinks, c.id).toHaveLength(c.marks.length);
    }
  });

  it.each(['', 'en/'])('/%scharts/: every chart link resolves to a sentence on its plan page', (prefix) => {
    for (const c of charts(chartPagesHtml(prefix))) for (const href of [...c.svgLinks, ...c.tableLinks]) expect(resolves(href), `${c.id}: ${href}`).toBe(true);
  });

  it.each(['', 'en/'])('/%scharts/: every chart table holds the same numbers as its SVG', (prefix) => {
    for (const c of charts(chartPagesHtml(prefix))) {
      expect([...c.tableValues].sort(), c.id).toEqual([...c.marks].sort());
      expect([...c.tableLinks].sort(), c.id).toEqual([...c.svgLinks].sort());
    }
  });

  it('shows each plan’s literacy target, and the baselines of plans that state them', () => {
    const plans = JSON.parse(distFile('data/plans.json')) as Array<{ literacy: { baselines: Array<{ value: number }>; target: { value: number } | null } }>;
    const literacy = charts(distFile('charts/index.html')).find((c) => c.id === 'chart-literacy-figure');
    const expected = plans.flatMap((p) => [...p.literacy.baselines.map((b) => b.value), ...(p.literacy.target ? [p.literacy.target.value] : [])]);
    expect([...(literacy?.marks ?? [])].sort()).toEqual(expected.sort());
  });
});
