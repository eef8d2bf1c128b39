// The open-data contract (src/schemas/open-data.ts): dist/data/plans.json, targets.json,
// targets.csv, meta.json, each valid against the JSON Schema the site publishes at /data/schema/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { distExists, distFile, visibleText } from '../setup/dist.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const targets = JSON.parse(distFile('data/targets.json')) as Array<Record<string, unknown>>;
const plans = JSON.parse(distFile('data/plans.json')) as Array<Record<string, unknown>>;
const pageOf = (url: string) => {
  const u = new URL(url);
  return { file: `${u.pathname.replace(/^\//u, '')}index.html`, anchor: u.hash.slice(1) };
};

describe('dist/data/schema/', () => {
  // An independent validator (Ajv), reading the schemas as a reader downloads them.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  for (const file of ['targets', 'plans', 'meta']) {
    it(`publishes the JSON Schema of ${file}.json, and the export is valid against it`, () => {
      const schema = JSON.parse(distFile(`data/schema/${file}.schema.json`)) as { $id: string };
      expect(schema.$id).toBe(`http://localhost:4321/data/schema/${file}.schema.json`);
      const validate = ajv.compile(schema);
      const valid = validate(JSON.parse(distFile(`data/${file}.json`)));
      expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
      expect(valid).toBe(true);
    });
  }

  it('rejects a row with a field the contract does not have, or a wrong type', () => {
    const validate = ajv.getSchema('http://localhost:4321/data/schema/targets.schema.json') ?? ajv.compile(JSON.parse(distFile('data/schema/targets.schema.json')));
    const row = { ...targets[0] };
    expect(validate([{ ...row, extra: 1 }])).toBe(false);
    expect(validate([{ ...row, value: '12000' }])).toBe(false);
  });

  it('describes each file’s fields, types and meanings on a page in both languages', () => {
    const zh = distFile('data/schema/index.html');
    const en = distFile('en/data/schema/index.html');
    expect(zh).toContain('id="targets-quote"');
    expect(zh).toContain('原文句子，与种子文件逐字相同');
    expect(en).toContain('The source sentence, exactly as in the seed file');
    expect(en).toContain('href="/data/schema/plans.schema.json"');
  });
});

describe('dist/data/targets.json', () => {
  it('holds every target with the fields and types the contract names', () => {
    expect(targets.length).toBe(117);
    for (const t of targets) {
      expect(t).toMatchObject({ id: expect.any(String), plan: expect.any(String), seed: expect.stringMatching(/\.txt$/u), metric_zh: expect.any(String), value: expect.any(Number), unit: expect.any(String), group: expect.any(String), quote: expect.any(String), url: expect.any(String) });
      expect(['>=', '=', '~', '<=']).toContain(t['comparator']);
      expect(['target', 'baseline', 'achievement']).toContain(t['kind']);
      expect(t['deadline_year'] === null || typeof t['deadline_year'] === 'number').toBe(true);
      expect(t['period'] === null || typeof t['period'] === 'string').toBe(true);
    }
  });

  it('quotes each target with an exact substring of its seed file', () => {
    const seeds = new Map<string, string>();
    const text = (seed: string) => seeds.get(seed) ?? seeds.set(seed, readFileSync(`${root}seeds/${seed}`, 'utf8')).get(seed) ?? '';
    expect(targets.filter((t) => !text(String(t['seed'])).includes(String(t['quote']))).map((t) => t['id'])).toEqual([]);
  });

  it('links each target to the page and paragraph of its sentence', () => {
    for (const t of targets) {
      const { file, anchor } = pageOf(String(t['url']));
      expect(distExists(file), file).toBe(true);
      expect(distFile(file), `${file}#${anchor}`).toContain(`id="${anchor}"`);
    }
  });

  it('holds, for a journalist\'s question, Baotou\'s science volunteers by 2025', () => {
    expect(targets.find((t) => t['plan'] === 'baotou-suzhi-2021-2025' && t['metric_key'] === 'science-volunteers')).toMatchObject({
      value: 20000, unit: '人', comparator: '=', deadline_year: 2025, period: '2021-2025', kind: 'target', group: 'general',
      quote: '建立完善科技志愿服务管理制度和奖励制度,推进科技志愿服务制度化、规范化、常态化,“十四五”期间全市科技志愿者达到2万人。',
    });
  });
});

describe('dist/data/targets.csv', () => {
  it('has a row per target with the same values as the JSON, readable by spreadsheets', () => {
    const csv = distFile('data/targets.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const header = rows[0] ?? [];
    expect(header.slice(0, 4)).toEqual(['id', 'plan', 'seed', 'city_zh']);
    expect(rows.length - 1).toBe(targets.length);
    rows.slice(1).forEach((row, i) => {
      expect(row[header.indexOf('id')]).toBe(targets[i]?.['id']);
      expect(Number(row[header.indexOf('value')])).toBe(targets[i]?.['value']);
      expect(row[header.indexOf('quote')]).toBe(targets[i]?.['quote']);
    });
  });
});

describe('dist/data/plans.json', () => {
  it('describes every plan with its actions, projects, bases and activity days', () => {
    expect(plans.map((p) => p['slug'])).toEqual(['anning-suzhi-2021-2025', 'baotou-suzhi-2021-2025', 'qinzhou-suzhi-2021-2035', 'zhongwei-kepu-2021-2025', 'zhongwei-suzhi-2021-2025']);
    for (const p of plans) {
      expect(p).toMatchObject({ seed: expect.any(String), url: expect.stringContaining(`/plans/${String(p['slug'])}/`), url_en: expect.stringContaining(`/en/plans/${String(p['slug'])}/`), title_zh: expect.any(String), city_zh: expect.any(String), period: expect.any(String), status: expect.any(String) });
      for (const s of [...(p['actions'] as object[]), ...(p['projects'] as object[])]) {
        expect(s).toMatchObject({ order: expect.any(Number), name_zh: expect.any(String), lead_units: expect.any(Array), cooperating_units: expect.any(Array), measures: expect.any(Array) });
      }
      for (const b of p['bases'] as object[]) expect(b).toMatchObject({ name_zh: expect.any(String), type: expect.any(String), status: expect.any(String) });
      expect((p['activity_days'] as unknown[]).every((a) => typeof a === 'string')).toBe(true);
    }
  });

  it('gives Anning\'s draft its comment window and its place, and its youth action its lead units as written beside their departments', () => {
    const anning = plans.find((p) => p['slug'] === 'anning-suzhi-2021-2025');
    expect(anning).toMatchObject({ status: 'draft', comment: { start: '2022-03-17', end: '2022-04-17', email: 'ankx1981@126.com' } });
    expect(anning).toMatchObject({ city_zh: '安宁市', city_en: 'Anning', province_zh: '云南省', parent_zh: '昆明市', level: 'county-level', place_code: '530181', script: 'simplified' });
    expect((anning?.['actions'] as Array<Record<string, unknown>>)[0]).toMatchObject({
      order: 1,
      name_zh: '青少年科学素质提升行动',
      lead_units: [{ as_written: '市教体局', department: '市教育局' }, { as_written: '市职教园区管委会', department: '市职教园区管委会' }],
    });
  });
});

describe('dist/data/meta.json', () => {
  it('names the commit and date the exports were built from and the seeds they read', () => {
    const meta = JSON.parse(distFile('data/meta.json')) as Record<string, unknown>;
    expect(meta['commit']).toMatch(/^[0-9a-f]{40}$/u);
    expect(meta['commit_date']).toMatch(/^\d{4}-\d{2}-\d{2}T/u);
    expect((meta['seeds'] as unknown[]).length).toBe(5);
  });
});

/** RFC 4180 rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('the data page', () => {
  const meta = JSON.parse(distFile('data/meta.json')) as { commit: string | null; commit_date: string | null };
  const pages = { zh: distFile('data/index.html'), en: distFile('en/data/index.html') };

  it('shows the build stamp of meta.json: its commit and commit date', () => {
    expect(meta.commit).toMatch(/^[0-9a-f]{40}$/u);
    for (const html of Object.values(pages)) {
      const stamp = html.match(/<dl[^>]*id="build"[^>]*>([\s\S]*?)<\/dl>/u)?.[1] ?? '';
      expect(stamp).toContain(`/commit/${meta.commit}"`);
      expect(stamp).toMatch(new RegExp(`<code[^>]*>${meta.commit?.slice(0, 12)}</code>`, 'u'));
      expect(stamp).toMatch(new RegExp(`<time[^>]*>${meta.commit_date?.slice(0, 10)}</time>`, 'u'));
    }
  });

  it('states the data licence and that the plan texts are their governments’', () => {
    const zh = visibleText(pages.zh);
    const en = visibleText(pages.en);
    expect(zh).toContain('CC BY 4.0');
    expect(zh).toContain('规划原文由各地人民政府及其部门发布');
    expect(en).toContain('Creative Commons Attribution 4.0 International licence (CC BY 4.0)');
    expect(en).toContain('The plan texts are published by the people’s governments');
  });

  it('says how to cite the dataset, with its version and address', () => {
    const cite = (html: string) => visibleText(html.match(/<blockquote class="citation"[^>]*>([\s\S]*?)<\/blockquote>/u)?.[0] ?? '');
    expect(cite(pages.zh)).toContain(`版本 ${meta.commit?.slice(0, 12)}（${meta.commit_date?.slice(0, 10)}）。http://localhost:4321/data/`);
    expect(cite(pages.en)).toContain(`version ${meta.commit?.slice(0, 12)} (${meta.commit_date?.slice(0, 10)}). http://localhost:4321/en/data/`);
  });
});
