import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ruleFor } from '../../../src/calendar/history.ts';
import { ruleOccurrence } from '../../../src/calendar/occurrence.ts';
import { activityCatalogSchema, activityDaySchema } from '../../../src/schemas/catalog/activity-day.ts';
import { catalog, entry, rawCatalog } from './catalog-fixture.ts';

/** Activity names as the five seed plans write them (quote styles included). */
const SEED_NAMES = [
  '全国科普日', '科普日', '科技活动周', '科技活动周暨科普活动宣传周', '全国科技工作者日', '科技工作者日',
  '防灾减灾日', '全国防灾减灾日', '食品安全宣传周', '全国低碳日', '安全生产月', '全国安全生产月',
  '119消防宣传月', '消防日', '气象日', '世界气象日', '中国航天日', '世界地球日', '世界粮食日', '全国土地日',
  '国家版图意识宣传周', '世界环境日', '公众科学日', '双创活动周', '农民丰收节', '八桂科普大行动',
  '老年健康宣传周', '文化科技卫生“三下乡”', '文化科技卫生"三下乡"', '科技文化卫生“三下乡”', '“四下乡”',
  '健康中国行', '爱国卫生运动', '科普大篷车', '流动科技馆', '中国流动科技馆',
];

const seedsDir = new URL('../../../seeds/', import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, seedsDir), 'utf8'))
  .join('\n');

/** A valid entry to break one field at a time. */
function validEntry(): Record<string, unknown> {
  return {
    key: 'test-day',
    name_zh: '测试日',
    name_en: 'Test Day',
    aliases_zh: ['测试日'],
    kind: 'day',
    rule: { type: 'fixed', month: 5, day: 30 },
    organizer_zh: '某部门',
    organizer_en: 'A department',
    since: '2020',
    known: [],
    notes_en: 'For tests.',
    scope: 'national',
    sources: ['https://example.org/'],
  };
}

describe('activityCatalogSchema', () => {
  it('validates content/catalog/activity-days.yaml', () => {
    const result = activityCatalogSchema.safeParse(rawCatalog());
    expect(result.success ? 'valid' : z.prettifyError(result.error)).toBe('valid');
  });

  it('holds the 24 reference activities', () => {
    expect(catalog).toHaveLength(24);
  });

  it('gives every alias to one entry only', () => {
    const aliases = catalog.flatMap((item) => item.aliases_zh);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it.each(SEED_NAMES)('finds the seed name %s in the seeds and in exactly one entry', (name) => {
    expect(seeds).toContain(name);
    expect(catalog.filter((item) => item.aliases_zh.includes(name)).map((item) => item.key)).toHaveLength(1);
  });

  it('rejects an alias shared by two entries, naming its owner', () => {
    const other = { ...validEntry(), key: 'other-day', aliases_zh: ['测试日'] };
    const result = activityCatalogSchema.safeParse([validEntry(), other]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [1, 'aliases_zh', 0], message: 'duplicate alias "测试日" (first at [0].aliases_zh[0])' });
  });

  it('matches every computed or verified row of a computable rule with that rule', () => {
    for (const item of catalog) {
      for (const row of item.known) {
        const rule = ruleFor(item, row.year);
        if (rule.type === 'announced' || rule.type === 'none') continue;
        expect({ key: item.key, ...ruleOccurrence(rule, row.year) }).toMatchObject({ key: item.key, start: row.start, end: row.end });
      }
    }
  });

  it('keeps unverified years out of known, as the reference has no 2026 科技活动周 dates', () => {
    expect(entry('quanguo-keji-huodongzhou').known.map((row) => row.year)).not.toContain(2026);
  });
});

describe('activityDaySchema', () => {
  it('accepts the valid test entry', () => {
    expect(activityDaySchema.safeParse(validEntry()).success).toBe(true);
  });

  it('rejects month 13 in a fixed rule with a message naming rule.month', () => {
    const result = activityDaySchema.safeParse({ ...validEntry(), rule: { type: 'fixed', month: 13, day: 1 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['rule', 'month'], message: 'month must be from 1 to 12' });
    expect(z.prettifyError(result.error!)).toContain('at rule.month');
  });

  it('rejects 31 April, naming rule.day', () => {
    const result = activityDaySchema.safeParse({ ...validEntry(), rule: { type: 'fixed', month: 4, day: 31 } });
    expect(result.error?.issues[0]).toMatchObject({ path: ['rule', 'day'], message: 'day 31 does not exist in April every year' });
  });

  it('rejects an impossible MM-DD in a window, naming rule.window.end', () => {
    const rule = { type: 'announced', window: { start: '02-10', end: '02-30' } };
    const result = activityDaySchema.safeParse({ ...validEntry(), rule });
    expect(result.error?.issues[0]).toMatchObject({ path: ['rule', 'window', 'end'] });
    expect(result.error?.issues[0]?.message).toContain('not a real date');
  });

  it('rejects an unknown rule type with the list of types', () => {
    const result = activityDaySchema.safeParse({ ...validEntry(), rule: { type: 'lunar', month: 1, day: 1 } });
    expect(result.error?.issues[0]?.message).toBe('rule type must be one of fixed, month, week-containing, solar-term, announced, none');
  });

  it('rejects a known row whose start lies outside its year', () => {
    const known = [{ year: 2025, start: '2024-09-15', end: '2024-09-25', status: 'verified' }];
    const result = activityDaySchema.safeParse({ ...validEntry(), known });
    expect(result.error?.issues[0]).toMatchObject({ path: ['known', 0, 'start'], message: 'start 2024-09-15 is not in year 2025' });
  });

  it('rejects fields the schema does not know', () => {
    const result = activityDaySchema.safeParse({ ...validEntry(), date: '05-30' });
    expect(result.success).toBe(false);
  });
});
