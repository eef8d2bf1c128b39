// The examples of docs/staff.md are files staff copy: each must pass the check it documents.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { correctionSchema } from '../../../src/schemas/correction.ts';
import { eventSchema, newsEnSchema, newsSchema } from '../../../src/schemas/news.ts';
import { outcomeSchema } from '../../../src/schemas/outcome.ts';
import { parseFrontmatter } from '../../../src/ingest/yaml/frontmatter.ts';
import { parseYaml } from '../../../src/ingest/yaml/parse-yaml.ts';
import { formatProblem } from '../../../src/ingest/problems.ts';

const guide = readFileSync(fileURLToPath(new URL('../../../docs/staff.md', import.meta.url)), 'utf8');
const blocks = [...guide.matchAll(/```(yaml|mdx)\n([\s\S]*?)```/gu)].map((m) => ({ lang: m[1], text: m[2] ?? '' }));

describe('docs/staff.md', () => {
  it('has an example of each kind of file staff write', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
  });

  it('gives examples that pass their schema (placeholders in <…> aside)', () => {
    const problems = blocks.flatMap(({ lang, text }, i) => {
      const file = `docs/staff.md example ${i + 1}`;
      if (lang === 'yaml') {
        const schema = /^correct:/mu.test(text) ? correctionSchema : outcomeSchema;
        const parsed = parseYaml(text, file, schema);
        return parsed.ok ? [] : parsed.problems.map(formatProblem);
      }
      const schema = /^activity:/mu.test(text) ? eventSchema : /^title_zh:/mu.test(text) ? newsSchema : newsEnSchema;
      const parsed = parseFrontmatter(text, file, schema);
      return parsed.ok ? [] : parsed.problems.map(formatProblem);
    });
    expect(problems).toEqual([]);
  });
});
