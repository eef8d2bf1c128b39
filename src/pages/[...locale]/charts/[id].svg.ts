// Each chart's picture as an SVG file, built at build time: the desk-width drawing, with its
// own styles and absolute links, so it reads the same outside the site.
import type { APIRoute } from 'astro';
import { standaloneSvg } from '../../../charts/standalone.ts';
import { CHART_WIDTHS, chartSpecs } from '../../../site/charts/chart-specs.ts';
import { localeOf, localeParams } from '../../../i18n/locales.ts';
import { thisYear } from '../../../site/clock.ts';
import { siteData } from '../../../site/data.ts';
import { urls } from '../../../site/urls.ts';

export async function getStaticPaths() {
  const site = await siteData();
  return localeParams.flatMap(({ locale }) => chartSpecs(site, localeOf(locale), thisYear()).map((spec) => ({ params: { locale, id: spec.id } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  const locale = localeOf(params['locale']);
  const spec = chartSpecs(await siteData(), locale, thisYear()).find((c) => c.id === params['id']);
  if (!spec) return new Response('not found', { status: 404 });
  const svg = spec.draw(CHART_WIDTHS[3], { id: spec.id, origin });
  return new Response(standaloneSvg(svg, new URL(urls.chart(locale, spec.id), origin).href), { headers: { 'Content-Type': 'image/svg+xml' } });
};
