import type { APIRoute } from 'astro';
import { metaExport } from '../../open-data/meta.ts';
import { validated } from '../../open-data/validated.ts';
import { siteData } from '../../site/data.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(validated('meta', metaExport(await siteData())), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
