import type { SiteData } from './data.ts';
import { englishOf, type EnglishUnit } from './english.ts';
import type { UnitState } from '../translation/coverage.ts';

/** What an English page shows for one paragraph or heading of a plan's text. */
export interface UnitView {
  /** The run-in heading's English (a paragraph that opens with a numbered title), if it has one. */
  heading: EnglishUnit | null;
  /** The text's English; null for a heading line, which has no text of its own. */
  text: EnglishUnit | null;
  /** The least current of the two: a paragraph is as current as its least current part. */
  state: UnitState;
}

const ORDER: Record<UnitState, number> = { translated: 0, outdated: 1, missing: 2 };

/**
 * The English of the paragraph or heading with this anchor, and how current it is.
 * @example unitView(site, 'baotou-suzhi-2021-2025', 'sx2-1-3') // => { heading: { state: 'translated', en: '…' }, text: { … }, state: 'translated' }
 */
export function unitView(site: SiteData, plan: string, anchor: string): UnitView {
  const segments = site.plan(plan).data.segments;
  const english = englishOf(site, plan);
  const heading = `heading/${anchor}` in segments ? english(`heading/${anchor}`) : null;
  const text = `text/${anchor}` in segments ? english(`text/${anchor}`) : null;
  const parts = [heading, text].filter((u): u is EnglishUnit => u !== null);
  const state = parts.reduce<UnitState>((worst, u) => (ORDER[u.state] > ORDER[worst] ? u.state : worst), 'translated');
  return { heading, text, state };
}
