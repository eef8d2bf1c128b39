import type { ActivityDay } from '../../schemas/catalog/activity-day.ts';
import type { DocParagraph } from '../outline/tree.ts';

export interface ActivityMention {
  key: string;
  alias: string;
  paragraph: DocParagraph;
  /** Offsets of the alias in the paragraph's analysis text. */
  start: number;
  end: number;
}

/**
 * Where a plan names an activity day, week or month, under any of its aliases. Longer aliases
 * win over the shorter ones they contain (全国防灾减灾日 over 防灾减灾日), and one stretch of text
 * names one activity.
 * @example findActivities(paragraphs, catalog).map((m) => m.key) // => ['quanguo-kepuri', 'keji-huodongzhou']
 */
export function findActivities(paragraphs: readonly DocParagraph[], catalog: readonly ActivityDay[]): ActivityMention[] {
  const aliases = catalog
    .flatMap((a) => a.aliases_zh.map((alias) => ({ key: a.key, alias, bare: alias.replace(/[“”"]/gu, '') })))
    .sort((x, y) => y.bare.length - x.bare.length);
  const out: ActivityMention[] = [];
  for (const p of paragraphs) {
    const text = p.analysis.text;
    const taken: Array<[number, number]> = [];
    for (const { key, alias, bare } of aliases) {
      for (const [start, end] of occurrences(text, alias, bare)) {
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        out.push({ key, alias, paragraph: p, start, end });
      }
    }
  }
  return out.sort((a, b) => a.paragraph.index - b.paragraph.index || a.start - b.start);
}

/** Occurrences of an alias, with or without the quotation marks plans put around names (“三下乡”). */
function occurrences(text: string, alias: string, bare: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const pattern = new RegExp([...bare].map((c) => `${escape(c)}[“”"]?`).join('').replace(/\[“”"\]\?$/u, ''), 'gu');
  for (const m of text.matchAll(pattern)) found.push([m.index, m.index + m[0].length]);
  if (found.length === 0 && alias !== bare) for (const m of text.matchAll(new RegExp(escape(alias), 'gu'))) found.push([m.index, m.index + m[0].length]);
  return found;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
