// The search records of one part of the hub (src/search/records.ts), for the search index the
// build makes from them (src/search/integration.ts), which then removes these files from dist/.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../site/data.ts';
import { partRecords, recordParts } from '../../search/records.ts';

export const getStaticPaths = (async () => (await siteData().then(recordParts)).map((part) => ({ params: { part } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(partRecords(await siteData(), params.part ?? '')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
