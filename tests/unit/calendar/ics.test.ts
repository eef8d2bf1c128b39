import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { foldIcs } from '../../../src/calendar/fold.ts';
import { activityIcs, calendarIcs } from '../../../src/calendar/ics.ts';
import { catalog, entry, publishers } from './catalog-fixture.ts';

const now = new Date('2026-03-01T08:30:00Z');

type ParsedEvent = { uid: string; summary: string; start: string; end: string; isDate: boolean; status: string; description: string };

function parse(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      isDate: event.startDate.isDate,
      status: String(vevent.getFirstPropertyValue('status')),
      description: event.description,
    };
  });
}

function byUid(events: ParsedEvent[], uid: string): ParsedEvent {
  const found = events.find((event) => event.uid === uid);
  if (found === undefined) throw new Error(`no event ${uid}`);
  return found;
}

describe('calendarIcs(entries, years, { now, publishers })', () => {
  const ics = calendarIcs(catalog, [2024, 2025, 2026, 2027], { now, publishers });
  const events = parse(ics);

  it('gives 科技活动周 2025 as a confirmed all-day span with an exclusive end', () => {
    expect(byUid(events, 'quanguo-keji-huodongzhou-2025@kepu-plans-hub')).toMatchObject({
      start: '2025-05-24',
      end: '2025-06-01',
      isDate: true,
      status: 'CONFIRMED',
      summary: '全国科技活动周 / National Science and Technology Week',
    });
    expect(ics).toContain('DTSTART;VALUE=DATE:20250524\r\nDTEND;VALUE=DATE:20250601\r\n');
  });

  it('marks the 科技活动周 2027 window tentative and says why', () => {
    const event = byUid(events, 'quanguo-keji-huodongzhou-2027@kepu-plans-hub');
    expect(event).toMatchObject({ start: '2027-05-15', end: '2027-06-06', status: 'TENTATIVE' });
    expect(event.description).toContain('approximate: usual window; dates are announced each year');
  });

  it('names 全国科普日 by the name it had each year', () => {
    expect(byUid(events, 'quanguo-kepuri-2024@kepu-plans-hub')).toMatchObject({
      summary: '全国科普日 / National Science Popularization Day',
      start: '2024-09-15',
      end: '2024-09-26',
    });
    expect(byUid(events, 'quanguo-kepuri-2025@kepu-plans-hub')).toMatchObject({
      summary: '全国科普月 / National Science Popularization Month',
      start: '2025-09-01',
      end: '2025-10-01',
    });
  });

  it('adds the firm 防灾减灾日 beside its tentative week', () => {
    expect(byUid(events, 'quanguo-fangzai-jianzai-ri-day-2026@kepu-plans-hub')).toMatchObject({
      start: '2026-05-12',
      end: '2026-05-13',
      status: 'CONFIRMED',
    });
    expect(byUid(events, 'quanguo-fangzai-jianzai-ri-2026@kepu-plans-hub').status).toBe('TENTATIVE');
  });

  it('puts 农民丰收节 2027 on the Beijing equinox date', () => {
    expect(byUid(events, 'zhongguo-nongmin-fengshoujie-2027@kepu-plans-hub')).toMatchObject({ start: '2027-09-23', status: 'CONFIRMED' });
  });

  it('leaves undated programmes out, except seasonal bands', () => {
    expect(events.some((event) => event.uid.startsWith('kepu-dapengche-'))).toBe(false);
    expect(byUid(events, 'sanxiaxiang-season-0701-2026@kepu-plans-hub')).toMatchObject({ start: '2026-07-01', end: '2026-09-01', status: 'TENTATIVE' });
  });

  it('gives every event a distinct UID', () => {
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('stamps every event with the given now', () => {
    const stamps = ics.split('\r\n').filter((line) => line.startsWith('DTSTAMP:'));
    expect(stamps.length).toBe(events.length);
    expect(new Set(stamps)).toEqual(new Set(['DTSTAMP:20260301T083000Z']));
  });

  it('is byte-identical across two calls with the same now', () => {
    expect(calendarIcs(catalog, [2024, 2025, 2026, 2027], { now, publishers })).toBe(ics);
  });

  it('uses CRLF line ends and keeps every line within 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const longest = Math.max(...ics.split('\r\n').map((line) => new TextEncoder().encode(line).length));
    expect(longest).toBeLessThanOrEqual(75);
  });

  it('names the calendar', () => {
    expect(ics).toContain('X-WR-CALNAME:科普活动日 / Science popularization activity days\r\n');
  });
});

describe('activityIcs(entry, years, { now, publishers })', () => {
  it('gives one activity its own calendar named after it', () => {
    const ics = activityIcs(entry('shijie-liangshiri'), [2026], { now, publishers });
    const events = parse(ics);
    expect(events.map((event) => [event.uid, event.start, event.end])).toEqual([
      ['shijie-liangshiri-2026@kepu-plans-hub', '2026-10-12', '2026-10-19'],
      ['shijie-liangshiri-day-2026@kepu-plans-hub', '2026-10-16', '2026-10-17'],
    ]);
    expect(ics).toContain('X-WR-CALNAME:世界粮食日 / World Food Day\r\n');
  });

  it('gives a valid empty calendar for a programme without dates', () => {
    expect(parse(activityIcs(entry('jiankang-zhongguo-xing'), [2026], { now, publishers }))).toEqual([]);
  });
});

describe('foldIcs(ics)', () => {
  it('folds long Chinese lines at 75 octets without splitting a character', () => {
    const folded = foldIcs(`DESCRIPTION:${'科'.repeat(30)}\r\n`);
    expect(folded).toBe(`DESCRIPTION:${'科'.repeat(21)}\r\n ${'科'.repeat(9)}\r\n`);
  });

  it('leaves short lines alone', () => {
    expect(foldIcs('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});
