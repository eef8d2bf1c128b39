// News and events (content/news, content/events) checked with the rest of the content: every
// problem at once, with its file, line and field.
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../src/ingest/run-ingest.ts';
import { memoryIO, seedFile, SEEDS } from '../../helpers/ingest.ts';


function check(staff: Record<string, string>) {
  const { io, log } = memoryIO([seedFile(SEEDS.baotou)], staff);
  const result = runIngest(io, { check: true });
  return { result, problems: log.filter((l) => /^content\/.+:\d+:\d+: /u.test(l)) };
}

const EVENT = '---\nactivity: quanguo-kepuri\ncity: baotou\ntitle_zh: 包头市全国科普日主场活动\nstart: 2026-09-20T09:00\nend: 2026-09-20T17:00\norganizer_zh: 包头市科学技术协会\n---\n';

describe('runIngest(with news and events)', () => {
  it('accepts a valid event and news item', () => {
    expect(check({ 'content/events/kepuri.mdx': EVENT, 'content/news/a.mdx': '---\ntitle_zh: 包头市发布方案\ndate: 2022-07-11\nplans: [baotou-suzhi-2021-2025]\n---\n正文\n' }).problems).toEqual([]);
  });

  it('fails the check on an invalid event, naming its file, line and field', () => {
    const { result, problems } = check({
      'content/events/bad.mdx': EVENT.replace('activity: quanguo-kepuri', 'activity: no-such-day').replace('end: 2026-09-20T17:00', 'end: 2026-09-19T17:00').replace('start: 2026-09-20T09:00', 'start: 2026-09-20 9点'),
      'content/events/late.mdx': EVENT.replace('end: 2026-09-20T17:00', 'end: 2026-09-20T08:00'),
      'content/events/where.mdx': EVENT.replace('city: baotou', 'city: shanghai').replace('---\n', '---\nurl: https://www.sohu.com/a/1\n'),
    });
    expect(result.ok).toBe(false);
    expect(result.staffErrors).toBe(problems.length);
    expect(problems).toEqual([
      'content/events/bad.mdx:5:8: error [start] expected a Beijing time like 2026-09-20T09:00',
      'content/events/bad.mdx:6:6: error [end] the event ends before it starts',
      'content/events/late.mdx:6:6: error [end] the event ends before it starts',
      'content/events/where.mdx:4:1: error [city] no place with a plan “shanghai”; the site has: baotou',
      'content/events/where.mdx:2:1: error [url] www.sohu.com is not a trusted publisher\'s host (content/catalog/publishers.yaml): link the organizer\'s own page, or add the publisher there',
    ]);
  });

  it('names a news item’s unknown plan, a missing title and an English file without its Chinese', () => {
    const { problems } = check({
      'content/news/a.mdx': '---\ndate: 2022-07-11\nplans: [baotou-suzhi-2021-2026]\n---\n正文\n',
      'content/news/b.mdx': '---\ntitle_zh: 标题\ndate: 2022-07-11\nplans: [baotou-suzhi-2021-2026]\n---\n正文\n',
      'content/news/c.en.mdx': '---\ntitle_en: Alone\n---\nText\n',
      'content/news/Bad Name.mdx': '---\n---\n',
    });
    expect(problems).toEqual([
      'content/news/a.mdx:2:1: error [title_zh] is missing: add title_zh (string)',
      'content/news/b.mdx:4:1: error [plans.0] no plan “baotou-suzhi-2021-2026”; the site has: baotou-suzhi-2021-2025',
      'content/news/c.en.mdx:1:1: error [file] the English of a news item goes beside its Chinese: there is no content/news/c.mdx',
      'content/news/Bad Name.mdx:1:1: error [file] news and events are content/news/<name>.mdx (English: <name>.en.mdx) and content/events/<name>.mdx, the name in lower-case letters, digits and “-”',
    ]);
  });
});
