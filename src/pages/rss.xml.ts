// The Chinese feed (RSS 2.0): news and new plan versions. Its English twin is /en/rss.xml.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { ui } from '../i18n/translations/index.ts';
import { siteData } from '../site/data.ts';
import { feedItems } from '../site/feed.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({ title: ui('zh').news.feedTitle, description: ui('zh').news.feedDescription, site: site ?? 'http://localhost:4321', items: feedItems(await siteData(), 'zh'), customData: '<language>zh-cn</language>' });
