// The search records of one part of the hub (src/search/records.ts), for the search index the
// build makes from them (src/search/integration.ts), which then removes these files from dist/.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../site/data.ts';
import { planKey } from '../../site/cache-keys.ts';
import { HUB_PART } from '../../search/parts.ts';
import { partRecords, recordParts } from '../../search/records.ts';

// A plan's part is reused from the last build while the plan's key is unchanged (cache-keys.ts).
export const getStaticPaths = (async () => {
  const site = await siteData();
  return recordParts(site).map((part) => ({ params: { part }, cacheKey: part === HUB_PART ? undefined : planKey(site, part) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(partRecords(await siteData(), params.part ?? '')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
