// Property-based: the real seeds, mutated as a bad download, a careless editor or an attacker
// would leave them — cut short, lines shuffled or deleted, HTML, MDX, braces, markdown, YAML and
// spreadsheet formulas injected, random bytes, other encodings. Whatever the mutation, ingest does
// not throw; it either refuses the seed with messages naming it, or writes content every file of
// which reads back through its schema and holds no markup from the text; and the other seed's
// files are byte for byte what they are without it.
//
// Bounded for CI (KEPU_FC_RUNS, default 6 per seed). On failure fast-check prints the seed and
// path of the smallest failing case; replay it with FC_SEED=<seed> FC_PATH=<path>.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runIngest } from '../../../src/ingest/run-ingest.ts';
import { actionSchema, activityEntrySchema, baseSchema, departmentEntrySchema, planSchema, projectSchema, targetSchema } from '../../../src/schemas/index.ts';
import { memoryIO, SEEDS } from '../../helpers/ingest.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const RUNS = Number(process.env['KEPU_FC_RUNS'] ?? 6);
const replay = process.env['FC_SEED'] ? { seed: Number(process.env['FC_SEED']), path: process.env['FC_PATH'], numRuns: 1 } : {};
const bytesOf = (file: string) => new Uint8Array(readFileSync(`${root}seeds/${file}`));
const SCHEMAS = { plans: planSchema, actions: actionSchema, projects: projectSchema, targets: targetSchema, bases: baseSchema, activities: activityEntrySchema, departments: departmentEntrySchema } as const;

/** Text that means something to one of the formats the content passes through. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '</Para><Para id="x">',
  '<Heading id="title" rank={0}>伪造</Heading>',
  '{props.secret}',
  '{/* 注释 */}',
  'import x from "y"',
  'export const a = 1;',
  '\n---\nslug: evil\ngenerated_from: []\n---\n',
  '# 伪造的标题',
  '[点这里](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","点击")',
  '@SUM(1+1)',
  '```\n代码\n```',
  '&lt;b&gt;&amp;',
  '\\',
  '\u202e倒序\u202c',
  '\u0000',
  '到2025年，培训科技辅导员1.2万名以上。',
  '一、总体要求',
];

type Mutation = { name: string; apply: (text: string) => string | Uint8Array };
const lines = (text: string) => text.split('\n');
// A failing case is printed by its name, so it reads as what was done to the seed.
const named = (m: Mutation) => Object.assign(m, { [fc.toStringMethod]: () => m.name });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((f) => ({ name: `truncate at ${f.toFixed(3)}`, apply: (t: string) => t.slice(0, Math.floor(t.length * f)) })),
  fc.array(fc.nat(), { minLength: 1, maxLength: 40 }).map((at) => ({ name: `delete lines ${at.join(',')}`, apply: (t: string) => lines(t).filter((_, i) => !at.includes(i % 400)).join('\n') })),
  fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 20 }).map((swaps) => ({
    name: `swap lines ${swaps.map((s) => s.join('↔')).join(',')}`,
    apply: (t: string) => {
      const ls = lines(t);
      for (const [a, b] of swaps) [ls[a % ls.length], ls[b % ls.length]] = [ls[b % ls.length] ?? '', ls[a % ls.length] ?? ''];
      return ls.join('\n');
    },
  })),
  fc.tuple(fc.constantFrom(...PAYLOADS), fc.double({ min: 0, max: 1, noNaN: true })).map(([payload, f]) => ({
    name: `inject ${JSON.stringify(payload)} at ${f.toFixed(3)}`,
    apply: (t: string) => `${t.slice(0, Math.floor(t.length * f))}${payload}${t.slice(Math.floor(t.length * f))}`,
  })),
  fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.double({ min: 0, max: 1, noNaN: true })).map(([junk, f]) => ({
    name: `random bytes ${Buffer.from(junk).toString('hex')} at ${f.toFixed(3)}`,
    apply: (t: string) => {
      const bytes = new TextEncoder().encode(t);
      const at = Math.floor(bytes.length * f);
      return new Uint8Array([...bytes.subarray(0, at), ...junk, ...bytes.subarray(at)]);
    },
  })),
  fc.constantFrom('gb18030', 'big5', 'utf16le', 'utf-8 with BOM').map((encoding) => ({
    name: `re-encoded as ${encoding}`,
    apply: (t: string) => (encoding === 'utf-8 with BOM' ? `\uFEFF${t}` : new Uint8Array(iconv.encode(t, encoding))),
  })),
).map(named);

const memory = (seeds: Array<{ file: string; bytes: Uint8Array }>) => memoryIO(seeds);

/** The files only this plan makes (not the venues, days and departments plans share). */
const ownFiles = (files: Map<string, string>, slug: string) => [...files].filter(([p]) => p === `plans/${slug}.mdx` || p.includes(`/${slug}/`));

// Component tags ingest writes; anything else shaped like markup in a body came from the text.
const OWN_TAGS = /<\/?(?:Para|Heading|Lead|Fig|Act|Venue)(?:\s+[a-z]+=(?:"[^"<>{}]*"|\{\d+\}))*\s*>/gu;

function checkFile(path: string, text: string): void {
  // A data entry (.yaml) is all data; an MDX entry is frontmatter and a body.
  const match = path.endsWith('.yaml') ? [text, text, ''] : /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text);
  expect(match, path).not.toBeNull();
  const schema = SCHEMAS[path.split('/')[0] as keyof typeof SCHEMAS];
  const read = schema.safeParse(parse(match?.[1] ?? ''));
  expect(read.success, `${path}: ${read.error?.message}`).toBe(true);
  expect((match?.[2] ?? '').replace(OWN_TAGS, ''), path).not.toMatch(/[<>{}]/u);
}

/** The files another plan makes when it is ingested alone. */
function alone(file: string, slug: string) {
  const { io, files } = memory([{ file, bytes: bytesOf(file) }]);
  runIngest(io);
  return ownFiles(files, slug);
}
const ANNING = { file: SEEDS.anning, slug: 'anning-suzhi-2021-2025' };
const QINZHOU = { file: SEEDS.qinzhou, slug: 'qinzhou-suzhi-2021-2035' };

describe('runIngest(a mutated real seed beside another)', () => {
  const cases = [SEEDS.zhongweiKepu, SEEDS.zhongweiSuzhi, SEEDS.qinzhou, SEEDS.baotou, SEEDS.anning].map((seed) => ({ seed, other: seed === SEEDS.anning ? QINZHOU : ANNING }));
  const baselines = new Map<string, Array<[string, string]>>();
  for (const { seed, other } of cases) {
    it(`never throws, refuses ${seed} with its name or writes valid, inert content, and leaves ${other.slug} as it was`, () => {
      const baseline = baselines.get(other.file) ?? baselines.set(other.file, alone(other.file, other.slug)).get(other.file) ?? [];
      const text = new TextDecoder().decode(bytesOf(seed));
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          let mutated: string | Uint8Array = text;
          for (const m of mutations) mutated = m.apply(typeof mutated === 'string' ? mutated : new TextDecoder().decode(mutated));
          const bytes = typeof mutated === 'string' ? new TextEncoder().encode(mutated) : mutated;
          const { io, files } = memory([{ file: seed, bytes }, { file: other.file, bytes: bytesOf(other.file) }]);
          const result = runIngest(io);
          if (result.refused.includes(seed)) {
            const mine = result.problems.filter((p) => p.file === `seeds/${seed}`);
            expect(mine.length).toBeGreaterThan(0);
            for (const p of mine) expect(p.line >= 1 && p.message.length > 10).toBe(true);
          } else {
            expect(result.plans).toBe(2);
          }
          for (const [path, body] of files) checkFile(path, body);
          expect(ownFiles(files, other.slug)).toEqual(baseline);
        }),
        { numRuns: RUNS, ...replay },
      );
    }, 120_000);
  }
});
