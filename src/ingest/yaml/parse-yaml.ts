import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { problem, type Problem } from '../problems.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Parses YAML text and validates it with a zod schema. Every problem names the file, the line and
 * column of the offending value, and the field's path (`[3].aliases_zh`), all at once.
 * @example parseYaml('- key: 1', 'cities.yaml', citySchemaList) // => { ok: false, problems: [{ file: 'cities.yaml', line: 1, column: 8, field: '[0].key', … }] }
 */
export function parseYaml<S extends z.ZodType>(text: string, file: string, schema: S): Parsed<z.output<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const at = lines.linePos(e.pos[0]);
        return problem(file, { line: at.line, column: at.col }, 'yaml', e.message.split('\n')[0] ?? e.message, 'error');
      }),
    };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const node = nearestNode(doc, path);
      const at = node ? lines.linePos(node) : { line: 1, col: 1 };
      return problem(file, { line: at.line, column: at.col }, fieldPath(path), issue.message, 'error');
    }),
  };
}

/** `[3].aliases_zh[0]` for the path [3, 'aliases_zh', 0]. */
export function fieldPath(path: ReadonlyArray<string | number>): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') || '(root)';
}

function nearestNode(doc: ReturnType<typeof parseDocument>, path: Array<string | number>): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return null;
}
