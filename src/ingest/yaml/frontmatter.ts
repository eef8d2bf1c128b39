import type { z } from 'zod';
import { problem } from '../problems.ts';
import { parseYaml, type Parsed } from './parse-yaml.ts';

/**
 * The frontmatter of an MDX file, parsed and validated like a YAML file, with lines counted in
 * the MDX file (the frontmatter starts on its second line).
 * @example parseFrontmatter('---\ntitle_zh: 标题\n---\n正文', 'content/news/a.mdx', newsSchema).ok // => true
 */
export function parseFrontmatter<S extends z.ZodType>(text: string, file: string, schema: S): Parsed<z.output<S>> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u.exec(text);
  if (!match) return { ok: false, problems: [problem(file, { line: 1, column: 1 }, 'frontmatter', 'the file must start with its fields between two lines of ---, then the text', 'error')] };
  const parsed = parseYaml(match[1] ?? '', file, schema);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => ({ ...p, line: p.line + 1 })) };
  return { ...parsed, lineOf: (path) => parsed.lineOf(path) + 1 };
}
