import { z } from 'zod';
import { openDataSchemas } from '../schemas/open-data.ts';

export type OpenDataFile = keyof typeof openDataSchemas;
export const OPEN_DATA_FILES = Object.keys(openDataSchemas) as OpenDataFile[];

/**
 * The JSON Schema (draft 2020-12) of an export, generated from its zod schema and published at
 * /data/schema/<file>.schema.json, so validators in any language check the same contract.
 * @example jsonSchemaOf('meta', new URL('https://kepu.example/data/schema/meta.schema.json')).$id // => 'https://kepu.example/data/schema/meta.schema.json'
 */
export function jsonSchemaOf(file: OpenDataFile, id: URL): Record<string, unknown> {
  return { $id: id.href, ...z.toJSONSchema(openDataSchemas[file], { target: 'draft-2020-12', io: 'output' }) };
}

/** A field of an export as the data page lists it. */
export interface FieldRow {
  name: string;
  /** `string`, `number | null`, `"target" | "baseline"`, `array` … */
  type: string;
  description: { en: string; zh: string };
}

type JsonSchema = { type?: string | string[]; enum?: unknown[]; anyOf?: JsonSchema[]; format?: string; description?: string; 'x-description-zh'?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema };

/**
 * The fields of one row of an export, in order, with their type and meaning in both languages.
 * @example fieldRows('targets')[0] // => { name: 'id', type: 'string', description: { en: 'Permanent id of the target: …', zh: '目标的永久标识：…' } }
 */
export function fieldRows(file: OpenDataFile): FieldRow[] {
  const schema = z.toJSONSchema(openDataSchemas[file], { target: 'draft-2020-12', io: 'output' }) as JsonSchema;
  const row = schema.items ?? schema;
  return Object.entries(row.properties ?? {}).map(([name, p]) => ({ name, type: typeOf(p), description: { en: p.description ?? '', zh: p['x-description-zh'] ?? '' } }));
}

function typeOf(p: JsonSchema): string {
  if (p.enum) return p.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (p.anyOf) return p.anyOf.map(typeOf).join(' | ');
  const types = Array.isArray(p.type) ? p.type : p.type ? [p.type] : ['any'];
  return types.map((t) => (t === 'string' && p.format === 'uri' ? 'URL' : t)).join(' | ');
}
