import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';
import { targetsExport } from '../../site/exports.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(targetsExport(await siteData(), site ?? new URL('http://localhost:4321')), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
