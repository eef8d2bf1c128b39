import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { escapeMdx } from '../../../src/ingest/write/mdx-escape.ts';
import { formatProblem, IngestError } from '../../../src/ingest/problems.ts';
import { parseYaml } from '../../../src/ingest/yaml/parse-yaml.ts';

describe('escapeMdx(text)', () => {
  it('turns every character MDX could read as syntax into a character reference', () => {
    expect(escapeMdx('<script>alert(1)</script> {x} *a* _b_ #c `d` [e](f) \\ ~g~ |h| a@b.c http://x www.y')).toBe(
      '&#60;script&#62;alert(1)&#60;/script&#62; &#123;x&#125; &#42;a&#42; &#95;b&#95; &#35;c &#96;d&#96; &#91;e&#93;(f) &#92; &#126;g&#126; &#124;h&#124; a&#64;b.c http&#58;//x www&#46;y',
    );
  });

  it('leaves Chinese text and its punctuation as they are', () => {
    expect(escapeMdx('到2025年，比例达到10%（以上）。')).toBe('到2025年，比例达到10%（以上）。');
  });
});

describe('formatProblem(problem)', () => {
  it('names file, line, column, severity and field in one line', () => {
    expect(formatProblem({ file: 'seeds/a.txt', line: 12, column: 3, field: 'title', message: 'no title found', severity: 'warning' })).toBe(
      'seeds/a.txt:12:3: warning [title] no title found',
    );
  });

  it('lists every problem in the error thrown for them', () => {
    const error = new IngestError([
      { file: 'seeds/a.txt', line: 1, column: 1, field: 'encoding', message: 'the file is empty', severity: 'error' },
      { file: 'seeds/b.txt', line: 1, column: 1, field: 'encoding', message: 'the file looks binary (a NUL byte at offset 4); seeds must be text', severity: 'error' },
    ]);
    expect(error.message).toBe(
      'ingest failed with 2 error(s):\nseeds/a.txt:1:1: error [encoding] the file is empty\nseeds/b.txt:1:1: error [encoding] the file looks binary (a NUL byte at offset 4); seeds must be text',
    );
  });
});

describe('parseYaml(text, file, schema)', () => {
  const schema = z.array(z.object({ key: z.string().regex(/^[a-z]+$/u, 'use lowercase letters'), n: z.number() }).strict());

  it('names the line, column and field of each invalid value, all at once', () => {
    const result = parseYaml('- key: ok\n  n: 1\n- key: Bad\n  n: two\n', 'content/catalog/x.yaml', schema);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'content/catalog/x.yaml:3:8: error [[1].key] use lowercase letters',
      'content/catalog/x.yaml:4:6: error [[1].n] Invalid input: expected number, received string',
    ]);
  });

  it('names the line of a YAML syntax error', () => {
    const result = parseYaml('- key: a\n  n: [1\n', 'x.yaml', schema);
    expect(result.ok ? [] : result.problems.map((p) => [p.file, p.line, p.field])).toEqual([['x.yaml', 3, 'yaml']]);
  });

  it('names a tab that indents a line as a tab, once, instead of the errors it sets off', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `- key: k\n  n: ${i}`);
    lines[100] = '- key: k\n\tn: 100';
    const result = parseYaml(lines.join('\n'), 'content/catalog/x.yaml', schema);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'content/catalog/x.yaml:202:1: error [yaml] a tab indents this line: YAML indents with spaces only, so replace the tab with spaces (two per level, as the lines around it)',
    ]);
  });

  it('keeps a tab inside a value, where YAML allows it', () => {
    expect(parseYaml('- key: a\tb\n  n: 1\n', 'x.yaml', z.array(z.object({ key: z.string(), n: z.number() })))).toMatchObject({ ok: true, value: [{ key: 'a\tb', n: 1 }] });
  });

  it('reports the first syntax error of a cascade, with how many follow', () => {
    const result = parseYaml('- key: a\n  n: 1\n key: b: c\n- : :\n', 'x.yaml', schema);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([expect.stringMatching(/^x\.yaml:3:\d+: error \[yaml\] .+ \(\d+ more error\(s\) after it may all come from this one: fix it first\)$/u)]);
  });
});
