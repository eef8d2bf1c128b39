import type { z } from 'zod';
import { openDataSchemas } from '../schemas/open-data.ts';

type Name = keyof typeof openDataSchemas;

/**
 * An export checked against its published schema before it is written: a build whose data breaks
 * the contract fails, naming the file, the row and the field.
 * @example validated('meta', { ...meta, commit: 'x' }) // throws '… dist/data/meta.json: commit: Invalid string: must match pattern …'
 */
export function validated<N extends Name>(name: N, value: unknown): z.output<(typeof openDataSchemas)[N]> {
  const result = openDataSchemas[name].safeParse(value);
  if (result.success) return result.data as z.output<(typeof openDataSchemas)[N]>;
  const lines = result.error.issues.slice(0, 10).map((issue) => {
    const [row, ...path] = issue.path;
    const id = typeof row === 'number' && Array.isArray(value) ? ` (${String((value[row] as { id?: string; slug?: string })?.id ?? (value[row] as { slug?: string })?.slug ?? row)})` : '';
    const at = typeof row === 'number' ? `[${row}]${id}${path.length ? ` ${path.join('.')}` : ''}` : issue.path.join('.');
    return `dist/data/${name}.json: ${at}: ${issue.message}`;
  });
  throw new Error(`the ${name} export does not match its schema (src/schemas/open-data.ts):\n${lines.join('\n')}`);
}
