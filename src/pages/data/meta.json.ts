import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';
import { metaExport } from '../../site/exports.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(metaExport(await siteData()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
