// /data/schema/<file>.schema.json: the JSON Schema of each export, generated from the zod schema
// of the open-data contract (src/schemas/open-data.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemaOf, OPEN_DATA_FILES, type OpenDataFile } from '../../../open-data/json-schema.ts';

export const getStaticPaths: GetStaticPaths = () => OPEN_DATA_FILES.map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params, site }) =>
  new Response(`${JSON.stringify(jsonSchemaOf(params['file'] as OpenDataFile, new URL(`/data/schema/${params['file']}.schema.json`, site ?? 'http://localhost:4321')), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
