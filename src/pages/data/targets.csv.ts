import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';
import { targetsExport, toCsv } from '../../site/exports.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(targetsExport(await siteData(), site ?? new URL('http://localhost:4321'))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
