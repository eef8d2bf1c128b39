import type { APIRoute } from 'astro';
import { plansExport } from '../../open-data/plans.ts';
import { validated } from '../../open-data/validated.ts';
import { siteData } from '../../site/data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(validated('plans', plansExport(await siteData(), site ?? new URL('http://localhost:4321'))), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
