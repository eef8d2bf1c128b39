import type { City } from '../schemas/catalog/city.ts';
import { findCommentWindow, type CommentWindow } from './extract/find-comment-window.ts';
import { findDocNumber } from './extract/find-doc-number.ts';
import { findIssue } from './extract/find-issue.ts';
import { findPeriod, fiveYearPeriodOf, type Period } from './extract/find-period.ts';
import { findPlace } from './extract/find-place.ts';
import type { PageMetadata } from './extract/metadata.ts';
import type { PlanTitle } from './extract/find-title.ts';
import type { Outline } from './outline/read-outline.ts';
import { resolvePlace, type PlanPlace } from './places/resolve-place.ts';

/** Who issued a plan, where it is from, what kind it is and when: what names it. */
export interface PlanIdentity {
  slug: string;
  kind: 'kepu-plan' | 'literacy-plan';
  place: PlanPlace;
  period: Period | null;
  /** The period figures are read in: the plan's own, or the five-year plan it was issued in. */
  frame: { start: number; end: number } | null;
  docNumber: string | null;
  issued: string | null;
  issuer: string | null;
  comment: CommentWindow | null;
}

export interface IdentityInput {
  title: string;
  found: PlanTitle | null;
  texts: readonly string[];
  outline: Outline;
  metadata: PageMetadata;
  cities: readonly City[];
  /** Records a doubt at the start of the seed. */
  warn: (field: string, message: string) => void;
}

/**
 * A plan's identity from its title, notice and page metadata; an error message (the text names
 * no place, so the hub cannot file it) instead when there is none to give.
 * @example planIdentity({ title: '包头市全民科学素质行动规划纲要实施方案（2021—2025年）', … }).slug // => 'baotou-suzhi-2021-2025'
 */
export function planIdentity(input: IdentityInput): PlanIdentity | { error: string } {
  const { title, found, texts, outline, metadata, warn } = input;
  const named = findPlace(title, texts.join('\n'));
  // The hub files every plan under its place: a text that names none is not read as a plan.
  if (!named) {
    return { error: `no place (province, city, county or district) at the start of the ${found ? `title "${title}"` : 'text, and no title'}: a plan opens with its title, which names its place (e.g. 包头市全民科学素质行动规划纲要实施方案（2021—2025年）); is this file a plan?` };
  }
  const place = resolvePlace(named, input.cities);
  if (!named.place) warn('city', `"${named.name}" is not in the national gazetteer (GB/T 2260); add it to content/catalog/cities.yaml with its province, level and English name`);
  else if (named.ambiguous) warn('city', `"${named.asWritten}" names more than one place; ${named.name} in ${named.place.parent ?? named.place.province} was taken: add it to content/catalog/cities.yaml if that is wrong`);

  const kind = /科学素质/u.test(title) ? 'literacy-plan' : 'kepu-plan';
  const mainTitle = outline.paragraphs.find((p) => p.anchor === 'title');
  const preamble = mainTitle ? outline.paragraphs.filter((p) => p.index < mainTitle.index).map((p) => p.analysis.text) : texts.slice(0, 6);
  const issue = findIssue(preamble, metadata);
  const issuedYear = Number((issue.issued ?? metadata.webPublished)?.slice(0, 4)) || null;

  const period = findPeriod(title, texts);
  // A plan that states no period is recorded without one; its figures are read in the five-year
  // plan period it was issued in, and the warning says so.
  const fyp = issuedYear ? fiveYearPeriodOf(issuedYear) : null;
  const frame = period ?? (fyp ? { start: fyp[0], end: fyp[1] } : null);
  if (!period) {
    warn('period', `no period (such as 2021—2025年 or 十四五) in the title "${title}" or the opening paragraphs; the plan is kept without one${frame ? `, and its figures are read as of ${frame.start}—${frame.end}, when it was issued` : ''}`);
  }
  const draft = found?.draft ?? false;
  const comment = draft ? findCommentWindow(preamble.join('\n')) : null;
  if (draft && !comment) warn('comment', 'a draft for public comment, but no comment window (自…至…) was found');
  return {
    slug: [place.key, kind === 'literacy-plan' ? 'suzhi' : 'kepu', ...(period ? [period.start, period.end] : issuedYear ? [issuedYear] : [])].join('-'),
    kind,
    place,
    period,
    frame,
    docNumber: findDocNumber(texts, metadata),
    issued: issue.issued,
    issuer: issue.issuer && ownIssuer(issue.issuer, place.zh),
    comment,
  };
}

/**
 * An issuer as its place's own body: a notice signed 市人民政府办公室 by a city is that city's.
 * @example ownIssuer('市人民政府办公室', '赤壁市') // => '赤壁市人民政府办公室'
 */
export function ownIssuer(issuer: string, place: string): string {
  const level = place.at(-1);
  return level && issuer.startsWith(level) && !issuer.startsWith(place) ? `${place}${issuer.slice(1)}` : issuer;
}
