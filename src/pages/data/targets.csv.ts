import type { APIRoute } from 'astro';
import { toCsv } from '../../open-data/csv.ts';
import { targetsExport } from '../../open-data/targets.ts';
import { validated } from '../../open-data/validated.ts';
import { siteData } from '../../site/data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(validated('targets', targetsExport(await siteData(), site ?? new URL('http://localhost:4321')))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
