// The English feed (RSS 2.0): news and new plan versions. Its Chinese twin is /rss.xml.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { ui } from '../../i18n/translations/index.ts';
import { siteData } from '../../site/data.ts';
import { feedItems } from '../../site/feed.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({ title: ui('en').news.feedTitle, description: ui('en').news.feedDescription, site: site ?? 'http://localhost:4321', items: feedItems(await siteData(), 'en'), customData: '<language>en</language>' });
