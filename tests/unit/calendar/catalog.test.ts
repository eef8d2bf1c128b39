import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ruleFor } from '../../../src/calendar/history.ts';
import { ruleOccurrence } from '../../../src/calendar/occurrence.ts';
import { activityCatalogFor, activityCatalogSchema, activityDaySchema } from '../../../src/schemas/catalog/activity-day.ts';
import { catalog, entry, publishers, rawCatalog } from './catalog-fixture.ts';

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
    since_zh: '2020年',
    since_en: '2020',
    known: [],
    notes_zh: '供测试。',
    notes_en: 'For tests.',
    scope: 'national',
    sources: [{ id: 'xinhua-2020', publisher: 'xinhua' }],
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
    const known = [{ year: 2025, start: '2024-09-15', end: '2024-09-25', status: 'computed' }];
    const result = activityDaySchema.safeParse({ ...validEntry(), known });
    expect(result.error?.issues[0]).toMatchObject({ path: ['known', 0, 'start'], message: 'start 2024-09-15 is not in year 2025' });
  });

  it('rejects fields the schema does not know', () => {
    const result = activityDaySchema.safeParse({ ...validEntry(), date: '05-30' });
    expect(result.success).toBe(false);
  });
});

describe('activityCatalogFor(publishers)', () => {
  const issues = (changes: Record<string, unknown>) => {
    const result = activityCatalogFor(publishers).safeParse([{ ...validEntry(), ...changes }]);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a source named by a trusted publisher without a link, as a copy is', () => {
    expect(issues({})).toEqual([]);
  });

  it('refuses a publisher the publishers catalog does not have', () => {
    expect(issues({ sources: [{ id: 'farm', publisher: 'coinztmine' }] })).toEqual([
      '0.sources.0.publisher: no publisher "coinztmine" in content/catalog/publishers.yaml; add it there (only original publishers: government, Party, CAST, ministries, state and national media)',
    ]);
  });

  it('refuses a link to a copy on another host than the publisher’s', () => {
    expect(issues({ sources: [{ id: 'mem-2024', publisher: 'mem', url: 'https://coinztmine.com/sys-nd/2573.html' }] })).toEqual([
      "0.sources.0.url: coinztmine.com is not a host of mem (mem.gov.cn): link only the publisher's own page, and drop the url of a copy",
    ]);
  });

  it('accepts a link on a subdomain of the publisher’s host', () => {
    expect(issues({ sources: [{ id: 'pd', publisher: 'peoples-daily', url: 'https://politics.people.com.cn/n1/2025/0224/c1001-40424754.html' }] })).toEqual([]);
  });

  it('calls dates verified only when their source links the publisher’s own page', () => {
    const known = [{ year: 2025, start: '2025-05-30', end: '2025-05-30', status: 'verified', source: 'xinhua-2020' }];
    expect(issues({ known })).toEqual([`0.known.0.status: source "xinhua-2020" has no url of its publisher's own, so the dates are 'reported', not 'verified'`]);
    expect(issues({ known: [{ ...known[0], status: 'reported' }] })).toEqual([]);
  });

  it('wants a source for verified and reported dates, and an existing one', () => {
    expect(issues({ known: [{ year: 2025, start: '2025-05-30', status: 'reported' }] })).toEqual(['0.known.0.source: a verified or reported date names the source it was read in']);
    expect(issues({ known: [{ year: 2025, start: '2025-05-30', status: 'reported', source: 'nope' }] })).toEqual(['0.known.0.source: no source with id "nope" in this entry\'s sources']);
  });

  it('wants every text of an entry in both languages', () => {
    const entry = validEntry();
    delete entry['notes_zh'];
    const result = activityCatalogFor(publishers).safeParse([entry]);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['0.notes_zh']);
  });
});
