// Each chart's numbers as CSV, built at build time as a static file: one row per figure, with
// its plan, series, year, value, the figure as the page shows it, and the sentence's address.
import type { APIRoute } from 'astro';
import { chartSpecs } from '../../../site/charts/chart-specs.ts';
import { localeOf, localeParams } from '../../../i18n/locales.ts';
import { thisYear } from '../../../site/clock.ts';
import { siteData } from '../../../site/data.ts';
import { toCsv } from '../../../open-data/csv.ts';

export async function getStaticPaths() {
  const site = await siteData();
  return localeParams.flatMap(({ locale }) => chartSpecs(site, localeOf(locale), thisYear()).map((spec) => ({ params: { locale, id: spec.id } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  const spec = chartSpecs(await siteData(), localeOf(params['locale']), thisYear()).find((c) => c.id === params['id']);
  if (!spec) return new Response('not found', { status: 404 });
  const rows = spec.records.map((r) => ({ ...r, url: new URL(String(r['url']), origin).href }));
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
