// The charts in real Chromium, at a phone's, a tablet's and a desk's width and in both colour
// schemes: each chart spans the content width, no label is drawn under 12 px, and baseline and
// target differ in shape and colour. Each chart's CSV and SVG downloads and its own page exist.
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../setup/browser.ts';

const site = siteInBrowser();

interface Drawn {
  id: string;
  figureWidth: number;
  svgWidth: number;
  /** The smallest text as drawn on screen, in CSS pixels. */
  smallestText: number;
}

describe('charts on the comparisons page', () => {
  for (const width of [360, 768, 1280]) {
    it(`span the content width with labels of at least 12 px at ${width} px`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${site.server.url}/en/charts/`);
      const drawn: Drawn[] = await page.locator('figure.chart').evaluateAll((figures) =>
        figures.map((f) => {
          const svgs = [...f.querySelectorAll('svg')].filter((s) => s.getBoundingClientRect().width > 0);
          const svg = svgs[0] as SVGSVGElement;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const sizes = [...svg.querySelectorAll('text, tspan')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
          return { id: f.id, figureWidth: f.clientWidth, svgWidth: svg.getBoundingClientRect().width, smallestText: Math.min(...sizes), shown: svgs.length } as Drawn & { shown: number };
        }),
      );
      expect(drawn.length).toBeGreaterThan(5);
      for (const d of drawn) {
        expect((d as Drawn & { shown: number }).shown, `${d.id}: one drawing shown`).toBe(1);
        expect(d.svgWidth, `${d.id} width`).toBeGreaterThanOrEqual(d.figureWidth - 1);
        expect(d.smallestText, `${d.id} text`).toBeGreaterThanOrEqual(12);
      }
      await context.close();
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`tells baseline from target by shape and colour in the ${colorScheme} scheme`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server.url}/charts/`);
      const marks = await page.locator('#chart-literacy-figure svg').evaluateAll((svgs) => {
        const svg = svgs.find((s) => s.getBoundingClientRect().width > 0)!;
        const look = (sel: string) => {
          const e = svg.querySelector(sel)!;
          const style = getComputedStyle(e);
          return { tag: e.tagName, fill: style.fill, stroke: style.stroke };
        };
        return { baseline: look('.point.baseline'), target: look('.target-mark') };
      });
      expect(marks.baseline.tag).toBe('circle');
      expect(marks.target.tag).toBe('path');
      // A ring (drawn in its stroke) against a solid diamond (its fill), in two different colours.
      expect(marks.baseline.stroke).not.toBe(marks.target.fill);
      expect(marks.target.fill).not.toMatch(/none|transparent|rgba\(0, 0, 0, 0\)/u);
      await context.close();
    });
  }

  it('offers each chart’s data as CSV, its picture as SVG and a page of its own', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/en/charts/`);
    const links = await page.locator('figure.chart .chart-links').evaluateAll((ps) => ps.map((p) => [...p.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')));
    expect(links.length).toBeGreaterThan(5);
    for (const [csv = '', svg = '', own = ''] of links) {
      expect(csv).toMatch(/^\/en\/charts\/chart-[a-z0-9-]+\.csv$/u);
      const data = await page.request.get(site.server.url + csv);
      expect(data.status(), csv).toBe(200);
      expect((await data.text()).split('\r\n')[0]).toBe('\uFEFFplan,series,year,value,figure,url');
      const picture = await page.request.get(site.server.url + svg);
      expect(picture.status(), svg).toBe(200);
      const xml = await picture.text();
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*><style>/u);
      expect(xml).not.toMatch(/href="\//u);
      expect(own).toBe(csv.replace(/\.csv$/u, '/'));
    }
    await page.goto(site.server.url + (links[1]?.[2] ?? ''));
    expect(await page.locator('h1').textContent()).toBe(await page.locator('svg title').first().textContent());
    expect(await page.locator('details.chart-data').getAttribute('open')).not.toBeNull();
    await context.close();
  });
});
