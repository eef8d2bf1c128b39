// Every activity day, this year and next, as one subscribable iCalendar file. One file serves both
// languages: the event names and descriptions are already bilingual.
import type { APIRoute } from 'astro';
import { calendarIcs } from '../../calendar/ics.ts';
import { icsStamp, icsYears } from '../../calendar/ics-stamp.ts';
import { today } from '../../site/clock.ts';
import { siteData } from '../../site/data.ts';

export const GET: APIRoute = async () => {
  const site = await siteData();
  const ics = calendarIcs(site.activities.map((a) => a.data), icsYears(today()), { now: icsStamp(today()), publishers: site.publishers, events: site.events });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
