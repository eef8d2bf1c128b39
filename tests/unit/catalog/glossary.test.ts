import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { pinyin } from 'pinyin-pro';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { cityCatalogSchema } from '../../../src/schemas/catalog/city.ts';
import { departmentCatalogSchema } from '../../../src/schemas/catalog/department.ts';
import { groupCatalogSchema } from '../../../src/schemas/catalog/group.ts';
import { projectThemeCatalogSchema } from '../../../src/schemas/catalog/project-theme.ts';

const root = new URL('../../../', import.meta.url);

function readYaml(path: string): unknown {
  return parse(readFileSync(new URL(path, root), 'utf8')) as unknown;
}

const seeds = readdirSync(new URL('seeds/', root))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ id: name.slice(0, 3), text: readFileSync(new URL(`seeds/${name}`, root), 'utf8') }));

const cities = cityCatalogSchema.parse(readYaml('content/catalog/cities.yaml'));
const groups = groupCatalogSchema.parse(readYaml('content/catalog/groups.yaml'));
const themes = projectThemeCatalogSchema.parse(readYaml('content/catalog/project-themes.yaml'));
const departments = departmentCatalogSchema.parse(readYaml('content/catalog/departments.yaml'));

/** Entries whose list field contains the name exactly. */
function entriesNaming<Entry extends { key: string }>(entries: readonly Entry[], names: (entry: Entry) => readonly string[], name: string): string[] {
  return entries.filter((entry) => names(entry).includes(name)).map((entry) => entry.key);
}

// ── Seed scanners ─────────────────────────────────────────────────────────────
// Deliberately independent of src/ingest: they read the raw seeds, so the catalog is
// checked against the plans themselves, not against what ingest happens to extract.

interface UnitLine {
  seed: string;
  /** The units as written, split on 、，,；; — lead and cooperating together. */
  units: string[];
}

const UNIT_SEPARATOR = /[、，,；;]/u;
/** Text inside a bracketed unit line: anything but brackets, or one nested （…） as in 市委统战部（市民宗委）. */
const IN_BRACKETS = String.raw`(?:[^（）\[\]]|（[^（）]*）)`;

/** Seed 001: `牵头部门：…` and `配合部门：…` on lines of their own. */
const HEADED_LINE = /^[\s\u3000]*(?:牵头|配合)部门[：:](.+)$/gmu;
/** Seed 002: `[牵头单位：…；配合单位：…]` or `（牵头单位：…；配合单位：…）`. */
const BRACKETED_LINE = new RegExp(
  String.raw`[\[（]牵头单位[：:](${IN_BRACKETS}*?)(?:[；;]配合单位[：:](${IN_BRACKETS}*?))?[\]）]`,
  'gu',
);
/** Seed 004: `(市教体局牵头，市工科信局、…配合)` after each measure. */
const INLINE_LINE = /\(([^()]*?)牵头[，,]([^()]*?)配合\)/gu;

function splitUnits(...lists: (string | undefined)[]): string[] {
  return lists.flatMap((list) => (list ?? '').split(UNIT_SEPARATOR).map((unit) => unit.trim()).filter((unit) => unit !== ''));
}

function scanUnitLines(seed: string, text: string): UnitLine[] {
  const lines: UnitLine[] = [];
  for (const match of text.matchAll(HEADED_LINE)) lines.push({ seed, units: splitUnits(match[1]) });
  // Bracketed lines are broken across page breaks in the seeds (`市\n\n卫生健康委`); unit
  // names contain no whitespace, so the bracket layouts are scanned with it removed.
  const joined = text.replace(/\s+/gu, '');
  for (const match of joined.matchAll(BRACKETED_LINE)) lines.push({ seed, units: splitUnits(match[1], match[2]) });
  for (const match of joined.matchAll(INLINE_LINE)) lines.push({ seed, units: splitUnits(match[1], match[2]) });
  return lines;
}

/** Numbered headings `（一）实施科普基础设施工程。…`; the name stops at the first 工程. */
const PROJECT_HEADING = /^[#*\-\s\u3000]*[（(][一二三四五六七八九十]+[）)][\s\u3000]*(?:实施)?(\p{Script=Han}{2,20}?工程)/gmu;

function scanProjectNames(text: string): string[] {
  return [...text.matchAll(PROJECT_HEADING)].map((match) => match[1] ?? '');
}

/** Numbered action titles `（二）农牧民科学素质提升行动` / `2.农民科学素质提升行动`; captures the group word. */
const ACTION_HEADING =
  /^[#*\-\s\u3000]*(?:[（(][一二三四五六七八九十]+[）)]|\d+[.．])[\s\u3000]*(?:实施)?(\p{Script=Han}{2,12}?)科学素质提升行动/gmu;

function scanActionGroups(text: string): string[] {
  return [...text.matchAll(ACTION_HEADING)].map((match) => match[1] ?? '');
}

const unitLines = seeds.flatMap((seed) => scanUnitLines(seed.id, seed.text));

// ── Catalogs ─────────────────────────────────────────────────────────────────

describe('cityCatalogSchema', () => {
  test('content/catalog/cities.yaml validates', () => {
    expect(cityCatalogSchema.safeParse(readYaml('content/catalog/cities.yaml')).success).toBe(true);
  });

  test('every catalog city is the city of some seed plan', () => {
    for (const city of cities) {
      expect(seeds.some((seed) => seed.text.includes(`${city.name_zh}全民科学素质`) || seed.text.includes(`${city.name_zh}科学技术普及`)), city.key).toBe(true);
    }
  });

  test('a county-level city without its prefecture is rejected at parent_zh', () => {
    const anning = { ...cities.find((city) => city.key === 'anning'), parent_zh: null, parent_en: null };
    const result = cityCatalogSchema.safeParse([anning]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual([0, 'parent_zh']);
  });

  test('a repeated key is rejected at the repeat', () => {
    const result = cityCatalogSchema.safeParse([cities[0], { ...cities[1], key: cities[0]?.key }]);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[1, 'key']]);
  });
});

describe('groupCatalogSchema', () => {
  test('content/catalog/groups.yaml validates', () => {
    expect(groupCatalogSchema.safeParse(readYaml('content/catalog/groups.yaml')).success).toBe(true);
  });

  test('every improvement-action title in the seeds names exactly one group', () => {
    for (const seed of seeds) {
      const titles = scanActionGroups(seed.text);
      // Every plan has the five actions of the national outline.
      expect(titles, seed.id).toHaveLength(5);
      for (const title of titles) {
        expect(entriesNaming(groups, (group) => group.aliases_zh, title), `${seed.id} ${title}`).toHaveLength(1);
      }
    }
  });

  test('a catalog missing a group is rejected', () => {
    const result = groupCatalogSchema.safeParse(groups.filter((group) => group.key !== 'elderly'));
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['missing group "elderly"']);
  });

  test('an alias shared by two groups is rejected at the second one', () => {
    const [youth, farmers, ...rest] = groups;
    const result = groupCatalogSchema.safeParse([youth, { ...farmers, aliases_zh: [...(farmers?.aliases_zh ?? []), '青少年'] }, ...rest]);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[1, 'aliases_zh', 2]]);
  });
});

describe('projectThemeCatalogSchema', () => {
  test('content/catalog/project-themes.yaml validates', () => {
    expect(projectThemeCatalogSchema.safeParse(readYaml('content/catalog/project-themes.yaml')).success).toBe(true);
  });

  test('the scanner finds the key projects each seed lists', () => {
    // 004 announces 五项重点工程 but lists four; the counts are what the plans list.
    expect(seeds.map((seed) => scanProjectNames(seed.text).length)).toEqual([6, 5, 6, 5, 4]);
  });

  test('every key project name in the seeds resolves to exactly one theme', () => {
    for (const seed of seeds) {
      for (const name of scanProjectNames(seed.text)) {
        expect(entriesNaming(themes, (theme) => theme.match_zh, name), `${seed.id} ${name}`).toHaveLength(1);
      }
    }
  });

  test('every project name a theme matches occurs in some seed', () => {
    const found = new Set(seeds.flatMap((seed) => scanProjectNames(seed.text)));
    expect(themes.flatMap((theme) => theme.match_zh).filter((name) => !found.has(name))).toEqual([]);
  });

  test('a project name written with its leading 实施 is rejected at the item', () => {
    const result = projectThemeCatalogSchema.safeParse([{ ...themes[0], match_zh: ['实施科技资源科普化工程'] }]);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[0, 'match_zh', 0]]);
  });
});

describe('departmentCatalogSchema', () => {
  test('content/catalog/departments.yaml validates', () => {
    expect(departmentCatalogSchema.safeParse(readYaml('content/catalog/departments.yaml')).success).toBe(true);
  });

  test('the scanner finds every unit line of the three layouts', () => {
    const count = (id: string) => unitLines.filter((line) => line.seed === id).length;
    // 001: 10 actions and projects × (牵头, 配合); 002: 11 bracketed lines; 004: one per measure.
    expect(seeds.map((seed) => count(seed.id))).toEqual([0, 20, 11, 0, 32]);
  });

  test('every unit spelling in the seeds resolves to exactly one department', () => {
    const spellings = new Set(unitLines.flatMap((line) => line.units));
    expect(spellings.size).toBe(55); // 25 in 001, 27 in 002, 38 in 004, many shared
    for (const spelling of spellings) {
      expect(entriesNaming(departments, (department) => department.aliases_zh, spelling), spelling).toHaveLength(1);
    }
  });

  test('no unit line names the same department twice', () => {
    // Guards the merges: two spellings in one line are two bodies, so they must not share an entry.
    const keyOf = new Map(departments.flatMap((department) => department.aliases_zh.map((alias) => [alias, department.key] as const)));
    for (const line of unitLines) {
      const keys = line.units.map((unit) => keyOf.get(unit));
      expect(new Set(keys).size, `${line.seed}: ${line.units.join('、')}`).toBe(keys.length);
    }
  });

  test('every department key is the pinyin of its short name without the 市 or 市委 prefix', () => {
    for (const department of departments) {
      const stem = department.short_zh.replace(/^市委|^市/u, '');
      const syllables = pinyin(stem, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' });
      expect(department.key, department.short_zh).toBe(syllables.join('').replace(/[^a-z]/gu, ''));
    }
  });

  test('the placeholders for many bodies are collective', () => {
    const collective = departments.filter((department) => department.kind === 'collective').map((department) => department.key);
    expect(collective.sort()).toEqual(['gechengyuandanwei', 'gexianqurenminzhengfu']);
  });

  test('an entry without name_en yields an error whose message names the field path', () => {
    const { name_en: _dropped, ...withoutNameEn } = departments[0] ?? {};
    const result = departmentCatalogSchema.safeParse([withoutNameEn]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([0, 'name_en']);
    expect(z.prettifyError(result.error!)).toContain('→ at [0].name_en');
  });

  test('an unknown field is rejected because entries are strict', () => {
    const result = departmentCatalogSchema.safeParse([{ ...departments[0], nameEn: 'typo' }]);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['nameEn'], path: [0] });
  });

  test('an alias shared by two departments is rejected at the second one', () => {
    const [first, second] = departments;
    const result = departmentCatalogSchema.safeParse([first, { ...second, aliases_zh: [...(second?.aliases_zh ?? []), first?.short_zh] }]);
    const path = [1, 'aliases_zh', second?.aliases_zh.length ?? 0];
    expect(result.error?.issues).toEqual([expect.objectContaining({ path, message: expect.stringContaining('first at [0].aliases_zh[0]') })]);
  });

  test('an entry whose aliases leave out its short name is rejected at aliases_zh', () => {
    const result = departmentCatalogSchema.safeParse([{ ...departments[0], aliases_zh: ['某某部'] }]);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[0, 'aliases_zh']]);
  });
});
