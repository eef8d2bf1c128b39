import type { ActivityRule } from '../schemas/catalog/activity-day.ts';
import { monthName } from './format-date.ts';

/** How a rule reads to people, in English or Chinese: for calendar descriptions and activity pages. */


function dayEn(month: number, day: number): string {
  return `${day} ${monthName('en', month)}`;
}

function dayZh(month: number, day: number): string {
  return `${month}月${day}日`;
}

/** 'MM-DD' as two numbers. */
function parts(monthDay: string): [number, number] {
  return [Number(monthDay.slice(0, 2)), Number(monthDay.slice(3, 5))];
}

function ruleTextEn(rule: ActivityRule): string {
  switch (rule.type) {
    case 'fixed':
      return `Every year on ${dayEn(rule.month, rule.day)}.`;
    case 'month':
      return `All of ${monthName('en', rule.month)}, every year.`;
    case 'week-containing':
      return `The Monday–Sunday week that contains ${dayEn(rule.month, rule.day)}.`;
    case 'solar-term':
      return 'The day of the September equinox, Beijing time.';
    case 'announced': {
      const window = rule.window ? `, usually between ${dayEn(...parts(rule.window.start))} and ${dayEn(...parts(rule.window.end))}` : '';
      const nominal = rule.nominal_en ? ` Stated rule (not used for dates): ${rule.nominal_en}.` : '';
      return `Dates are announced each year${window}.${nominal}`;
    }
    case 'none': {
      const seasons = (rule.seasons ?? []).map(
        (season) => `${season.label_en}, ${dayEn(...parts(season.start))} to ${dayEn(...parts(season.end))}`,
      );
      return seasons.length > 0 ? `No fixed dates. Usual seasons: ${seasons.join('; ')}.` : 'No fixed dates (year-round).';
    }
  }
}

function ruleTextZh(rule: ActivityRule): string {
  switch (rule.type) {
    case 'fixed':
      return `每年${dayZh(rule.month, rule.day)}`;
    case 'month':
      return `每年${rule.month}月全月`;
    case 'week-containing':
      return `每年${dayZh(rule.month, rule.day)}所在的一周（周一至周日）`;
    case 'solar-term':
      return '每年秋分日（北京时间）';
    case 'announced': {
      const window = rule.window ? `，通常在${dayZh(...parts(rule.window.start))}至${dayZh(...parts(rule.window.end))}之间` : '';
      const nominal = rule.nominal_zh ? `（名义规定：${rule.nominal_zh}，不据此推算日期）` : '';
      return `每年另行公布日期${window}${nominal}`;
    }
    case 'none': {
      const seasons = (rule.seasons ?? []).map(
        (season) => `${season.label_zh}（${dayZh(...parts(season.start))}至${dayZh(...parts(season.end))}）`,
      );
      return seasons.length > 0 ? `不固定日期，通常集中在：${seasons.join('；')}` : '不固定日期（全年开展）';
    }
  }
}

/**
 * A rule as one short sentence for people.
 * @example ruleText({ type: 'fixed', month: 5, day: 30 }, 'en') // => 'Every year on 30 May.'
 * @example ruleText({ type: 'month', month: 9 }, 'zh') // => '每年9月全月'
 */
export function ruleText(rule: ActivityRule, lang: 'en' | 'zh'): string {
  return lang === 'en' ? ruleTextEn(rule) : ruleTextZh(rule);
}
