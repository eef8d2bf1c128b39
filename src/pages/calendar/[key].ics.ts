// One activity's dates, this year and next, as a subscribable iCalendar file. Activities with no
// dates in those years get no file: RFC 5545 wants at least one event in a calendar, and their
// pages say why there is nothing to subscribe to.
import type { APIRoute, GetStaticPaths } from 'astro';
import { activityIcs, type IcsOptions } from '../../calendar/ics.ts';
import { icsStamp, icsYears } from '../../calendar/ics-stamp.ts';
import { itemsIn } from '../../calendar/year-items.ts';
import { today } from '../../site/clock.ts';
import { siteData } from '../../site/data.ts';
import type { Publisher } from '../../schemas/catalog/publisher.ts';

export const getStaticPaths = (async () => {
  const site = await siteData();
  const years = icsYears(today());
  return site.activities
    .filter((a) => years.some((year) => itemsIn(a.data, year).length > 0) || site.events.some((e) => e.data.activity === a.data.key))
    .map((a) => ({ params: { key: a.data.key }, props: { entry: a.data, publishers: site.publishers, events: site.events } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry, publishers, events } = props as { entry: Parameters<typeof activityIcs>[0]; publishers: Publisher[]; events: IcsOptions['events'] };
  const ics = activityIcs(entry, icsYears(today()), { now: icsStamp(today()), publishers, events });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
