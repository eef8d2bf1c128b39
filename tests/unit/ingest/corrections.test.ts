// Corrections beside the source (content/corrections/<plan>/<name>.yaml): applied on every ingest,
// surviving seed edits elsewhere and full regeneration, recorded with the reading they replace,
// and reported with file and line when they no longer match.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/ingest/problems.ts';
import { runIngest } from '../../../src/ingest/run-ingest.ts';
import { memoryIO, SEEDS } from '../../helpers/ingest.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const PLAN = 'baotou-suzhi-2021-2025';
const dir = `content/corrections/${PLAN}`;
const seedText = readFileSync(`${root}seeds/${SEEDS.baotou}`, 'utf8');

function ingest(staff: Record<string, string>, text = seedText, files = new Map<string, string>()) {
  const memory = memoryIO([{ file: SEEDS.baotou, bytes: new TextEncoder().encode(text) }], staff, files);
  return { ...memory, result: runIngest(memory.io) };
}

// 建成特色产业展示馆5以上: the plan leaves out the measure word; the halls are counted in 个.
const HALLS = `correct: target
quote: “十四五”末，全市科研院所科技类设施对外开放率达到90%以上，建成特色产业展示馆5以上
figure: 5以上
set:
  unit: 个
reason: 建成特色产业展示馆5以上 counts halls; the text leaves out the measure word 个.
date: 2026-11-30
`;

describe('runIngest(with corrections)', () => {
  it('applies a correction of a target, found by its sentence as the site shows it, and records the reading it replaces', () => {
    const { result, front } = ingest({ [`${dir}/halls-unit.yaml`]: HALLS });
    expect(result.ok).toBe(true);
    const target = front(`targets/${PLAN}/sx2-6-2-t2.yaml`);
    expect(target).toMatchObject({ unit: '个', value: 5, correction: { file: `${dir}/halls-unit.yaml`, date: '2026-11-30', original: { unit: '' } } });
    expect(front(`plans/${PLAN}.mdx`)['corrections']).toEqual([
      expect.objectContaining({ correct: 'target', entry: `${PLAN}/sx2-6-2-t2`, anchor: 'sx2-6-2', removed: false, original: { unit: '' } }),
    ]);
  });

  it('keeps applying it after a seed edit elsewhere in the file, and after content/ is regenerated from nothing', () => {
    const edited = seedText.replace('培训高素质农牧民2万人次', '培训高素质农牧民3万人次');
    const { files } = ingest({ [`${dir}/halls-unit.yaml`]: HALLS });
    const again = ingest({ [`${dir}/halls-unit.yaml`]: HALLS }, edited, files);
    expect(again.result.ok).toBe(true);
    expect(again.front(`targets/${PLAN}/sx2-6-2-t2.yaml`)).toMatchObject({ unit: '个' });
    expect(again.front(`targets/${PLAN}/sx2-2-2-t1.yaml`)).toMatchObject({ value: 30000, correction: null });
    expect(ingest({ [`${dir}/halls-unit.yaml`]: HALLS }, edited).front(`targets/${PLAN}/sx2-6-2-t2.yaml`)).toMatchObject({ unit: '个' });
  });

  it('reports a correction whose sentence left the seed with its file and line, and does not drop it silently', () => {
    const edited = seedText.replace('建成特色产业展示馆5以上', '建成特色产业展示馆6个以上');
    const { result, log, front } = ingest({ [`${dir}/halls-unit.yaml`]: HALLS }, edited);
    expect(result.ok).toBe(false);
    expect(result.staffErrors).toBe(1);
    expect(log).toContain(
      `${dir}/halls-unit.yaml:2:1: error [quote] the quoted sentence is not in seeds/${SEEDS.baotou} any more (was the seed replaced or edited?): copy it again from the plan's page, or remove this correction`,
    );
    expect(front(`targets/${PLAN}/sx2-6-2-t2.yaml`)).toMatchObject({ unit: '个', value: 6, correction: null });
  });

  it('removes a figure that is not a target, and lists what it was', () => {
    const { front, files } = ingest({
      [`${dir}/not-a-target.yaml`]: 'correct: target\nquote: “十四五”期间，培训高素质农牧民2万人次。\nremove: true\nreason: A test of removal.\ndate: 2026-11-30\n',
    });
    expect(files.has(`targets/${PLAN}/sx2-2-2-t1.yaml`)).toBe(false);
    expect(front(`plans/${PLAN}.mdx`)['corrections']).toEqual([expect.objectContaining({ removed: true, entry: `${PLAN}/sx2-2-2-t1`, original: expect.objectContaining({ value: 20000, unit: '人次' }) })]);
  });

  it('adds a target the extraction missed, linked from its figure like the others', () => {
    const { result, front, files } = ingest({
      [`${dir}/missed.yaml`]: `correct: missed-target
quote: 促进科技馆的区域分布均衡
figure: 均衡
set: { metric_zh: 科技馆区域分布, value: 1, unit: '', comparator: '=' }
reason: A test of an added target.
date: 2026-11-30
`,
    });
    expect(result.ok, JSON.stringify(result.problems)).toBe(true);
    const added = [...files.keys()].find((p) => p.startsWith(`targets/${PLAN}/`) && p.includes('-c1'));
    expect(added).toBeDefined();
    expect(front(added ?? '')).toMatchObject({ metric_zh: '科技馆区域分布', quote: '促进科技馆的区域分布均衡', correction: { original: null } });
    expect(files.get(`plans/${PLAN}.mdx`)).toContain(`促进科技馆的区域分布<Fig id="${PLAN}/sx2-8-2-c1">均衡</Fig>`);
  });

  it('corrects an action’s units and the plan’s document number, keeping what was read before', () => {
    const { result, front } = ingest({
      [`${dir}/youth-units.yaml`]: 'correct: section\nquote: （一）实施青少年科学素质提升行动\nset:\n  lead: [市教育局]\n  cooperating: [市科协]\nreason: From the attachment 责任清单.\ndate: 2026-11-30\n',
      [`${dir}/number.yaml`]: 'correct: plan\nquote: 包府发〔2022〕42号\nset: { doc_number: 包府发〔2022〕43号 }\nreason: A test of a metadata correction.\ndate: 2026-11-30\n',
    });
    expect(result.ok, JSON.stringify(result.problems)).toBe(true);
    expect(front(`actions/${PLAN}/youth.mdx`)).toMatchObject({ lead_units: ['jiaoyuju'], cooperating_units: ['kexie'], correction: { original: { lead: [], cooperating: [] } } });
    expect(front(`plans/${PLAN}.mdx`)).toMatchObject({ doc_number: '包府发〔2022〕43号', metadata_correction: { original: { doc_number: '包府发〔2022〕42号' } } });
  });

  it('names every problem of every correction at once: its file, line and field, in words staff can act on', () => {
    const { log } = ingest({
      [`${dir}/two-figures.yaml`]: 'correct: target\nquote: 学校每学期举办科普讲座数量不少于4次，参与科普活动的在校学生人数应达到90%以上。\nset: { unit: 场 }\nreason: A test of an ambiguous figure.\ndate: 2026-11-30\n',
      [`${dir}/no-reason.yaml`]: 'correct: target\nquote: 培训高素质农牧民2万人次\nset: { unit: 人 }\ndate: 2026-11-30\n',
      [`${dir}/both.yaml`]: 'correct: target\nquote: 培训高素质农牧民2万人次\nset: { unit: 人 }\nremove: true\nreason: Both at once.\ndate: 2026-11-30\n',
      ['content/corrections/no-such-plan/a.yaml']: HALLS,
    });
    expect(log.filter((l) => l.startsWith('content/'))).toEqual([
      `${dir}/both.yaml:3:6: error [set] give either set (the right values) or remove: true (not a target), not both`,
      `${dir}/no-reason.yaml:1:1: error [reason] is missing: add reason (string)`,
      'content/corrections/no-such-plan/a.yaml:1:1: error [plan] no seed makes the plan no-such-plan: the folder must be named after a plan\'s slug (its address, /plans/<slug>/)',
      `${dir}/two-figures.yaml:2:1: error [quote] the sentence has 2 figures (“4次”, “90%以上”): say which with figure:`,
    ]);
  });
});

describe('formatProblem(of a correction)', () => {
  it('reads as file:line: severity [field] message', () => {
    expect(formatProblem({ file: `${dir}/a.yaml`, line: 2, column: 1, field: 'quote', message: 'x', severity: 'error' })).toBe(`${dir}/a.yaml:2:1: error [quote] x`);
  });
});
