// One page of every type the site has, in each language: what the browser tests of layout and
// accessibility walk through. Chosen among the richest of their kind (the plan with the most
// warnings and targets, the department with the most roles).
import type { Locale } from '../../src/i18n/locales.ts';
import { urls } from '../../src/site/urls.ts';

export interface PageType {
  name: string;
  path: (l: Locale) => string;
}

const plan = 'baotou-suzhi-2021-2025';

export const pageTypes: readonly PageType[] = [
  { name: 'home', path: (l) => urls.home(l) },
  { name: 'plans list', path: (l) => urls.plans(l) },
  { name: 'plan', path: (l) => urls.plan(l, plan) },
  { name: 'parallel view', path: (l) => urls.parallel(l, plan) },
  { name: 'action', path: (l) => urls.action(l, `${plan}/youth`) },
  { name: 'project', path: (l) => urls.project(l, `${plan}/kepu-xinxihua`) },
  { name: 'targets explorer', path: (l) => urls.targets(l) },
  { name: 'comparison charts', path: (l) => urls.charts(l) },
  { name: 'section comparison', path: (l) => urls.compare(l, 'actions', 'youth') },
  { name: 'bases list', path: (l) => urls.bases(l) },
  { name: 'base', path: (l) => urls.base(l, 'qinzhou/kejiguan') },
  { name: 'calendar', path: (l) => urls.calendar(l) },
  { name: 'calendar year', path: (l) => urls.calendarYear(l, 2026) },
  { name: 'activity', path: (l) => urls.activity(l, 'quanguo-kepuri') },
  { name: 'departments list', path: (l) => urls.departments(l) },
  { name: 'department', path: (l) => urls.department(l, 'kexie') },
  { name: 'data', path: (l) => urls.data(l) },
  { name: 'data schema', path: (l) => urls.dataSchema(l) },
  { name: 'news list', path: (l) => urls.news(l) },
  { name: 'news item', path: (l) => urls.newsItem(l, '2022-07-11-baotou-suzhi') },
  { name: 'place', path: (l) => urls.city(l, 'baotou') },
  { name: 'search', path: (l) => `${urls.search(l)}?q=${encodeURIComponent(l === 'zh' ? '志愿者' : 'volunteers')}` },
  { name: 'translation status', path: (l) => urls.translation(l) },
  // An unknown address gets /404.html (both languages); the English one alone is /en/404/.
  { name: '404', path: (l) => (l === 'zh' ? '/no-such-page/' : '/en/404/') },
];
