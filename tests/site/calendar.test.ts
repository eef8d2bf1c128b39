// The activity calendar as built: the front page on the coming twelve months from the frozen
// today (2026-03-15), the year views (2025–2027), a page per activity in both languages, and the
// .ics files a calendar app subscribes to.
import { readdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distExists, distFile, distFiles, visibleText } from '../setup/dist.ts';

type Mention = { plan: string; anchor: string; quote: string };
type Activity = { key: string; name_zh: string; name_en: string; mentions: Mention[] };

const contentDir = new URL('../../content/activities/', import.meta.url);
const activities: Activity[] = readdirSync(contentDir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => parse(readFileSync(new URL(file, contentDir), 'utf8')) as Activity);

/** The HTML of the list row of an occurrence (rows carry the occurrence's id). */
function row(html: string, id: string): string {
  const found = html.match(new RegExp(`<tr[^>]*id="${id}"[^>]*>([\\s\\S]*?)</tr>`, 'u'))?.[1];
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
}

type Event = { uid: string; start: string; end: string; status: string; stamp: string };

function events(ics: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      status: String(vevent.getFirstPropertyValue('status')),
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    };
  });
}

function byUid(list: Event[], uid: string): Event {
  const found = list.find((event) => event.uid === `${uid}@kepu-plans-hub`);
  if (found === undefined) throw new Error(`no event ${uid}`);
  return found;
}

describe('activity pages', () => {
  it('exist for every activity in both languages, named in the page language', () => {
    expect(activities.length).toBeGreaterThan(20);
    for (const activity of activities) {
      expect(visibleText(distFile(`calendar/${activity.key}/index.html`))).toContain(activity.name_zh);
      expect(visibleText(distFile(`en/calendar/${activity.key}/index.html`))).toContain(activity.name_en);
    }
  });

  it('link every sentence that names the activity to its paragraph, and the paragraph exists', () => {
    for (const activity of activities) {
      const zh = distFile(`calendar/${activity.key}/index.html`);
      const en = distFile(`en/calendar/${activity.key}/index.html`);
      for (const { plan, anchor } of activity.mentions) {
        expect(zh, `${activity.key} → ${plan}#${anchor}`).toContain(`href="/plans/${plan}/#${anchor}"`);
        expect(en, `${activity.key} → ${plan}#${anchor}`).toContain(`href="/en/plans/${plan}/#${anchor}"`);
        expect(distFile(`plans/${plan}/index.html`)).toContain(`id="${anchor}"`);
        expect(distFile(`en/plans/${plan}/index.html`)).toContain(`id="${anchor}"`);
      }
    }
  });

  it('quote the sentences from the plans', () => {
    const text = visibleText(distFile('en/calendar/zhongguo-nongmin-fengshoujie/index.html'));
    const [mention] = activities.find((a) => a.key === 'zhongguo-nongmin-fengshoujie')?.mentions ?? [];
    expect(text).toContain(mention?.quote);
  });

  it('give the dates of this year and next, and mark approximate ones', () => {
    const kepu = visibleText(distFile('calendar/quanguo-kepuri/index.html'));
    expect(kepu).toContain('2026年9月1日至30日');
    expect(kepu).toContain('2027年9月1日至30日');
    const keji = visibleText(distFile('en/calendar/quanguo-keji-huodongzhou/index.html'));
    expect(keji).toContain('15 May – 5 June 2026');
    expect(keji).toContain('approximate: dates are announced each year');
  });

  it('show the known dates with their status and source, named by the original publisher', () => {
    const html = distFile('en/calendar/quanguo-kepuri/index.html');
    // Read only in copies on other hosts: reported, the publisher named but not linked.
    expect(visibleText(html)).toMatch(/2024\s*15–25 September\s*reported[^\n]*Science Popularization Times/u);
    expect(html).not.toContain('crntt.com');
    expect(html).not.toContain('kejiwang.com');
    // The revised law is linked on Guangming Daily's own site.
    expect(html).toMatch(/<a href="https:\/\/m\.gmw\.cn\/2024-12\/25\/content_1303931656\.htm"[^>]*>Guangming Daily<\/a>/u);
  });

  it('cite sources in the page’s language', () => {
    expect(visibleText(distFile('calendar/quanguo-anquan-shengchanyue/index.html'))).toContain('应急管理部');
    expect(visibleText(distFile('en/calendar/quanguo-anquan-shengchanyue/index.html'))).toContain('Ministry of Emergency Management');
  });

  it('link to their own .ics file when they have dates, and say why not otherwise', () => {
    expect(distFile('calendar/shijie-liangshiri/index.html')).toContain('href="/calendar/shijie-liangshiri.ics"');
    const programme = distFile('en/calendar/kepu-dapengche/index.html');
    expect(programme).not.toContain('.ics"');
    expect(visibleText(programme)).toContain('no calendar file');
    expect(distExists('calendar/kepu-dapengche.ics')).toBe(false);
  });
});

describe('calendar front page', () => {
  const zh = distFile('calendar/index.html');
  const en = distFile('en/calendar/index.html');
  const monthIds = (html: string) => [...html.matchAll(/<section class="month"[^>]*id="(month-[\d-]+)"/gu)].map((m) => m[1]);

  it('opens on the month of today and shows the twelve months from it', () => {
    const months = Array.from({ length: 12 }, (_, i) => `month-${2026 + Math.floor((2 + i) / 12)}-${String(((2 + i) % 12) + 1).padStart(2, '0')}`);
    expect(monthIds(zh)).toEqual(months);
    expect(monthIds(en)).toEqual(months);
    expect(months[0]).toBe('month-2026-03');
    expect(months.at(-1)).toBe('month-2027-02');
    expect(visibleText(zh)).toContain('科普活动日历：2026年3月至2027年2月');
    expect(visibleText(en)).toContain('Activity calendar: March 2026 to February 2027');
  });

  it('lists the dates of those months only, in date order', () => {
    const dates = [...zh.matchAll(/<tr[^>]*id="[^"]+-20\d\d"[^>]*>[\s\S]*?datetime="([\d-]+)"/gu)].map((m) => m[1] ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d >= '2026-02-01' && d <= '2027-02-28')).toBe(true);
    expect(zh).toContain('id="quanguo-kepuri-2026"');
    expect(zh).not.toContain('id="quanguo-kepuri-2027"');
    expect(zh).toContain('id="119-xiaofangri-2026"');
  });

  it('greys the days before today, and only those', () => {
    const march = zh.match(/<section[^>]*id="month-2026-03"[\s\S]*?<\/section>/u)?.[0] ?? '';
    const past = [...march.matchAll(/<span[^>]*class="day([^"]*)"[^>]*>(\d+)<\/span>/gu)].filter((m) => !/\bout\b/u.test(m[1] ?? '')).map((m) => [Number(m[2]), /\bpast\b/u.test(m[1] ?? '')]);
    expect(past).toHaveLength(31);
    expect(past.filter(([, p]) => p).map(([d]) => d)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  it('links to the year pages of last year, this year and next year', () => {
    for (const year of [2025, 2026, 2027]) {
      expect(zh).toContain(`href="/calendar/year/${year}/"`);
      expect(en).toContain(`href="/en/calendar/year/${year}/"`);
      expect(visibleText(distFile(`calendar/year/${year}/index.html`))).toContain(`${year}年科普活动日历`);
    }
    expect(distExists('calendar/year/2024/index.html')).toBe(false);
    expect(distExists('calendar/year/2028/index.html')).toBe(false);
  });
});

describe('calendar year page', () => {
  const zh = distFile('calendar/year/2026/index.html');
  const en = distFile('en/calendar/year/2026/index.html');

  it('shows the current year', () => {
    expect(visibleText(zh)).toContain('2026年科普活动日历');
    expect(visibleText(en)).toContain('Activity calendar 2026');
  });

  it('lists this year’s occurrences with their dates', () => {
    expect(visibleText(row(zh, 'quanguo-kepuri-2026'))).toContain('9月1日至30日');
    expect(row(zh, 'quanguo-kepuri-2026')).toContain('datetime="2026-09-01"');
    expect(visibleText(row(zh, 'zhongguo-nongmin-fengshoujie-2026'))).toContain('9月23日');
    expect(visibleText(row(zh, 'shijie-liangshiri-2026'))).toContain('10月12日至18日');
    expect(visibleText(row(en, 'shijie-liangshiri-2026'))).toContain('12–18 October');
    expect(visibleText(row(en, 'shijie-liangshiri-day-2026'))).toContain('16 October');
  });

  it('lists occurrences in date order', () => {
    const dates = [...zh.matchAll(/<tr[^>]*id="[^"]+-20\d\d"[^>]*>[\s\S]*?datetime="([\d-]+)"/gu)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThan(15);
    expect(dates).toEqual([...dates].sort());
  });

  it('marks approximate occurrences in words, and firm ones not', () => {
    expect(visibleText(row(zh, 'quanguo-keji-huodongzhou-2026'))).toContain('日期以当年通知为准');
    expect(visibleText(row(en, 'quanguo-keji-huodongzhou-2026'))).toContain('approximate');
    expect(visibleText(row(zh, 'quanguo-kepuri-2026'))).not.toContain('日期以当年通知为准');
    expect(visibleText(row(en, 'zhongguo-nongmin-fengshoujie-2026'))).not.toContain('approximate');
  });

  it('links each occurrence to its activity page', () => {
    expect(row(zh, 'quanguo-kepuri-2026')).toContain('href="/calendar/quanguo-kepuri/"');
    expect(row(en, 'quanguo-kepuri-2026')).toContain('href="/en/calendar/quanguo-kepuri/"');
  });

  it('has a month grid of twelve months that places activities on their days', () => {
    for (let month = 1; month <= 12; month += 1) expect(zh).toContain(`id="month-${String(month).padStart(2, '0')}"`);
    const september = zh.match(/<section[^>]*id="month-09"[\s\S]*?<\/section>/u)?.[0] ?? '';
    expect(september).toContain('href="/calendar/quanguo-kepuri/"');
    expect(september).toContain('href="/calendar/zhongguo-nongmin-fengshoujie/"');
    // An approximate bar says so in its text, not only in its colour.
    const may = visibleText(zh.match(/<section[^>]*id="month-05"[\s\S]*?<\/section>/u)?.[0] ?? '');
    expect(may).toMatch(/≈\s*全国科技活动周/u);
    expect(may).toContain('日期以当年通知为准');
  });

  it('has a section for programmes and seasonal bands without a single date', () => {
    const undated = visibleText(zh.match(/<section[^>]*id="undated"[\s\S]*?<\/section>/u)?.[0] ?? '');
    expect(undated).toContain('科普大篷车');
    expect(undated).toContain('三下乡');
    expect(undated).toContain('7月1日至8月31日');
    expect(undated).toContain('约，通常集中的时段，无固定日期');
  });

  it('links to every activity page', () => {
    for (const activity of activities) expect(en).toContain(`href="/en/calendar/${activity.key}/"`);
    for (const activity of activities) expect(distFile('en/calendar/index.html')).toContain(`href="/en/calendar/${activity.key}/"`);
  });

  it('offers the subscription file', () => {
    expect(distFile('calendar/index.html')).toContain('href="/calendar/all.ics"');
    expect(zh).toContain('href="/calendar/all.ics"');
    expect(en).toContain('href="/calendar/all.ics"');
    expect(zh).toMatch(/href="webcal:\/\/[^"]+\/calendar\/all\.ics"/u);
  });
});

describe('.ics files', () => {
  const files = distFiles('.ics');

  it('parse with a real iCalendar parser, one per activity with dates and one for all', () => {
    expect(files).toContain('calendar/all.ics');
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const list = events(distFile(file));
      expect(list.length, file).toBeGreaterThan(0);
      expect(distFile(file).endsWith('END:VCALENDAR\r\n')).toBe(true);
    }
  });

  it('hold the expected all-day dates, with the end exclusive', () => {
    const all = events(distFile('calendar/all.ics'));
    expect(byUid(all, 'quanguo-kepuri-2026')).toMatchObject({ start: '2026-09-01', end: '2026-10-01', status: 'CONFIRMED' });
    expect(byUid(all, 'zhongguo-nongmin-fengshoujie-2026')).toMatchObject({ start: '2026-09-23', end: '2026-09-24' });
    expect(byUid(all, 'shijie-liangshiri-2026')).toMatchObject({ start: '2026-10-12', end: '2026-10-19' });
    expect(byUid(all, 'quanguo-keji-huodongzhou-2026')).toMatchObject({ start: '2026-05-15', end: '2026-06-06', status: 'TENTATIVE' });
    expect(distFile('calendar/all.ics')).toContain('DTSTART;VALUE=DATE:20260923\r\nDTEND;VALUE=DATE:20260924\r\n');
  });

  it('cover this year and next', () => {
    const years = new Set(events(distFile('calendar/all.ics')).map((event) => event.start.slice(0, 4)));
    expect([...years].sort()).toEqual(['2026', '2027']);
  });

  it('give one activity its own events only', () => {
    const list = events(distFile('calendar/shijie-liangshiri.ics'));
    expect(list.map((event) => [event.uid, event.start, event.end])).toEqual([
      ['shijie-liangshiri-2026@kepu-plans-hub', '2026-10-12', '2026-10-19'],
      ['shijie-liangshiri-day-2026@kepu-plans-hub', '2026-10-16', '2026-10-17'],
      ['shijie-liangshiri-2027@kepu-plans-hub', '2027-10-11', '2027-10-18'],
      ['shijie-liangshiri-day-2027@kepu-plans-hub', '2027-10-16', '2027-10-17'],
    ]);
  });

  it('are stamped at midnight Beijing time of the build day, not the build instant', () => {
    const stamps = new Set(events(distFile('calendar/all.ics')).map((event) => event.stamp));
    expect([...stamps]).toEqual(['2026-03-14T16:00:00Z']);
  });
});
