import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { problem, type Problem } from '../problems.ts';

/** A parsed value, with the line each field's value is on (for reports about a valid file). */
export type Parsed<T> = { ok: true; value: T; lineOf: (path: ReadonlyArray<string | number>) => number } | { ok: false; problems: Problem[] };

/**
 * Parses YAML text and validates it with a zod schema. Every problem names the file, the line and
 * column of the offending value, and the field's path (`[3].aliases_zh`), all at once.
 * @example parseYaml('- key: 1', 'cities.yaml', citySchemaList) // => { ok: false, problems: [{ file: 'cities.yaml', line: 1, column: 8, field: '[0].key', … }] }
 */
export function parseYaml<S extends z.ZodType>(text: string, file: string, schema: S): Parsed<z.output<S>> {
  const tabs = tabIndents(text, file);
  if (tabs.length > 0) return { ok: false, problems: tabs };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const [first, ...rest] = doc.errors;
  if (first) {
    // One mistake makes the parser report a cascade of errors after it: the first is the one to fix.
    const at = lines.linePos(first.pos[0]);
    const more = rest.length > 0 ? ` (${rest.length} more error(s) after it may all come from this one: fix it first)` : '';
    return { ok: false, problems: [problem(file, { line: at.line, column: at.col }, 'yaml', `${first.message.split('\n')[0] ?? first.message}${more}`, 'error')] };
  }
  const result = schema.safeParse(doc.toJS());
  const lineOf = (path: ReadonlyArray<string | number>) => {
    const node = nearestNode(doc, [...path]);
    return node === null ? 1 : lines.linePos(node).line;
  };
  if (result.success) return { ok: true, value: result.data, lineOf };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const node = nearestNode(doc, path);
      const at = node ? lines.linePos(node) : { line: 1, col: 1 };
      // A field left out is the commonest mistake in a hand-written file: say so in those words.
      const missing = /^Invalid input: expected (\w+), received undefined$/u.exec(issue.message);
      return problem(file, { line: at.line, column: at.col }, fieldPath(path), missing ? `is missing: add ${String(path.at(-1) ?? 'it')} (${missing[1]})` : issue.message, 'error');
    }),
  };
}

/** YAML indents with spaces only; a tab there (an editor's habit) is named, line by line. */
function tabIndents(text: string, file: string): Problem[] {
  return text.split('\n').flatMap((line, i) => {
    const indent = /^[ \t]*/u.exec(line)?.[0] ?? '';
    const tab = indent.indexOf('\t');
    if (tab < 0 || indent.length === line.length) return [];
    return [problem(file, { line: i + 1, column: tab + 1 }, 'yaml', 'a tab indents this line: YAML indents with spaces only, so replace the tab with spaces (two per level, as the lines around it)', 'error')];
  });
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
