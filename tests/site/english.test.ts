// The English half of the hub, as a reader with no Chinese meets it: every plan in English with
// each paragraph's Chinese one click away and beside it on the parallel page, figures linked to
// their targets and back, no Chinese left unmarked on English pages and no English interface
// text on Chinese ones, citations in the page's language.
import { parse, serializeOuter } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { elements } from '../../src/checks/link-check.ts';
import { distFile, distFiles } from '../setup/dist.ts';
import { isChinese, pageText } from '../setup/page-text.ts';

type Element = DefaultTreeAdapterMap['element'];
const plans = JSON.parse(distFile('data/plans.json')) as Array<{ slug: string; doc_number: string | null }>;
const targets = JSON.parse(distFile('data/targets.json')) as Array<{ id: string; plan: string; metric_text_en: string | null; unit: string; unit_en: string }>;
const pages = distFiles('.html').filter((f) => !f.startsWith('pagefind/'));
const english = pages.filter((f) => f.startsWith('en/'));
const chinese = pages.filter((f) => !f.startsWith('en/') && f !== '404.html');
const HAN = /\p{Script=Han}/u;
// Three Latin words in a row: interface text, not a name (APP, CSV) or a code.
const ENGLISH_RUN = /[A-Za-z]{2,}['’]?[a-z]*[\s,;:]+[A-Za-z]{2,}['’]?[a-z]*[\s,;:]+[A-Za-z]{2,}/u;

/** Elements of a page by a predicate, parsed as a browser parses them. */
function find(html: string, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (node: DefaultTreeAdapterMap['node']) => {
    if ('tagName' in node && test(node as Element)) out.push(node as Element);
    if ('childNodes' in node) for (const c of node.childNodes) walk(c);
  };
  walk(parse(html));
  return out;
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const idsOf = (html: string) => find(html, (el) => /\b(para|text-heading)\b/u.test(attr(el, 'class') ?? '') && attr(el, 'id') !== undefined).map((el) => attr(el, 'id'));

describe('English pages', () => {
  it('mark every Chinese character they show as Chinese, titles and descriptions included', () => {
    const unmarked = english.flatMap((f) => pageText(distFile(f)).filter((r) => HAN.test(r.text) && !isChinese(r.lang)).map((r) => `${f} <${r.where}> ${r.text.trim().slice(0, 40)}`));
    expect(unmarked).toEqual([]);
  });

  it('show the same paragraph anchors as the Chinese pages, so a link lands on the same paragraph', () => {
    for (const { slug } of plans) expect(idsOf(distFile(`en/plans/${slug}/index.html`))).toEqual(idsOf(distFile(`plans/${slug}/index.html`)));
  });

  it('give every translated paragraph its Chinese original, one click away', () => {
    for (const { slug } of plans) {
      const html = distFile(`en/plans/${slug}/index.html`);
      const paras = find(html, (el) => el.tagName === 'div' && (attr(el, 'class') ?? '').split(' ').includes('para'));
      expect(paras.length).toBeGreaterThan(20);
      const without = paras.filter((p) => !find(parse5Html(p), (el) => el.tagName === 'details' && attr(el, 'class') === 'original').length);
      expect(without.map((p) => attr(p, 'id'))).toEqual([]);
    }
  });

  it('link every figure of the English text to its target row, and the row back to the figure', () => {
    for (const { slug } of plans) {
      const html = distFile(`en/plans/${slug}/index.html`);
      const links = [...elements(html)];
      for (const t of targets.filter((x) => x.plan === slug)) {
        const local = t.id.slice(t.id.indexOf('/') + 1);
        const fig = links.find((e) => e.tag === 'a' && e.attrs['id'] === `fig-${local}`);
        expect(fig?.attrs['href'], `${t.id} in the English text`).toBe(`/en/plans/${slug}/#target-${local}`);
        expect(links.some((e) => e.tag === 'a' && e.attrs['href'] === `#fig-${local}`), `${t.id}'s row links back`).toBe(true);
      }
    }
  });

  it('show each target’s metric in English, and its unit as English writes it', () => {
    expect(targets.filter((t) => t.metric_text_en === null).map((t) => t.id)).toEqual([]);
    expect(targets.find((t) => t.unit === '人次')?.unit_en).toBe('person-times');
    expect(targets.find((t) => t.unit === '个')?.unit_en).toBe('');
  });

  it('cite the plan in English: title, city, document number as written, date and the English address', () => {
    const html = distFile('en/plans/baotou-suzhi-2021-2025/index.html');
    const cite = find(html, (el) => el.tagName === 'p' && attr(el, 'class') === 'cite')[0];
    const text = cite ? pageText(`<html lang="en"><body>${parse5Html(cite)}</body></html>`).map((r) => r.text).join('') : '';
    expect(text).toContain('Implementation Plan of Baotou for the Outline of the National Scheme for Scientific Literacy (2021–2025), Baotou, 包府发〔2022〕42号 (Baofufa [2022] No. 42), 11 July 2022.');
    expect(text).toContain('http://localhost:4321/en/plans/baotou-suzhi-2021-2025/#title');
  });
});

describe('the parallel view', () => {
  it('sets each paragraph’s Chinese beside its English, with the anchors of the full text', () => {
    for (const { slug } of plans) {
      const html = distFile(`en/plans/${slug}/parallel/index.html`);
      const pairs = find(html, (el) => (attr(el, 'class') ?? '').split(' ').includes('pair'));
      expect(pairs.map((p) => attr(p, 'id'))).toEqual(idsOf(distFile(`plans/${slug}/index.html`)));
      for (const p of pairs) {
        const inner = parse5Html(p);
        expect(find(inner, (el) => attr(el, 'lang') === 'zh-Hans').length, attr(p, 'id')).toBeGreaterThan(0);
        expect(find(inner, (el) => attr(el, 'lang') === 'en').length, attr(p, 'id')).toBeGreaterThan(0);
      }
    }
  });

  it('is linked from the plan page in both languages', () => {
    expect(distFile('plans/baotou-suzhi-2021-2025/index.html')).toContain('href="/plans/baotou-suzhi-2021-2025/parallel/"');
    expect(distFile('en/plans/baotou-suzhi-2021-2025/index.html')).toContain('href="/en/plans/baotou-suzhi-2021-2025/parallel/"');
  });
});

describe('Chinese pages', () => {
  it('have no English interface text outside elements marked English', () => {
    const runs = chinese.flatMap((f) =>
      pageText(distFile(f))
        .filter((r) => !r.lang.startsWith('en') && !r.code && ENGLISH_RUN.test(r.text) && !/^\s*https?:\/\//u.test(r.text))
        .map((r) => `${f} <${r.where}> ${r.text.trim().slice(0, 60)}`),
    );
    expect(runs).toEqual([]);
  });
});

describe('the translation status page', () => {
  it('shows every shipped plan fully translated, in both languages, linked from every footer', () => {
    for (const path of ['translation/index.html', 'en/translation/index.html']) {
      const html = distFile(path);
      for (const { slug } of plans) {
        const row = find(html, (el) => attr(el, 'id') === `plan-${slug}`)[0];
        expect(row && parse5Html(row), `${path} ${slug}`).toMatch(/<strong[^>]*>100%<\/strong>/u);
      }
    }
    expect(distFile('en/bases/index.html')).toContain('href="/en/translation/"');
    expect(distFile('bases/index.html')).toContain('href="/translation/"');
  });
});

/** An element's own markup, as parse5 read it. */
function parse5Html(el: Element): string {
  return serializeOuter(el);
}
