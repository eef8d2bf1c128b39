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
  // Each alias's patterns are made once per plan, not once per paragraph.
  const aliases = catalog
    .flatMap((a) => a.aliases_zh.map((alias) => ({ key: a.key, alias, ...patterns(alias) })))
    .sort((x, y) => y.length - x.length);
  const out: ActivityMention[] = [];
  for (const p of paragraphs) {
    const text = p.analysis.text;
    const taken: Array<[number, number]> = [];
    for (const { key, alias, loose, quoted } of aliases) {
      for (const [start, end] of occurrences(text, loose, quoted)) {
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        out.push({ key, alias, paragraph: p, start, end });
      }
    }
  }
  return out.sort((a, b) => a.paragraph.index - b.paragraph.index || a.start - b.start);
}

/**
 * The patterns of an alias: its characters with or without the quotation marks plans put around
 * names (“三下乡”), and the alias as written when it has marks of its own; `length` is without them.
 */
function patterns(alias: string): { loose: RegExp; quoted: RegExp | null; length: number } {
  const bare = alias.replace(/[“”"]/gu, '');
  const loose = new RegExp([...bare].map((c) => `${escape(c)}[“”"]?`).join('').replace(/\[“”"\]\?$/u, ''), 'gu');
  return { loose, quoted: alias === bare ? null : new RegExp(escape(alias), 'gu'), length: bare.length };
}

/** Occurrences of an alias in a text, by its patterns: the alias as written only when the loose pattern finds none. */
function occurrences(text: string, loose: RegExp, quoted: RegExp | null): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const m of text.matchAll(loose)) found.push([m.index, m.index + m[0].length]);
  if (found.length === 0 && quoted) for (const m of text.matchAll(quoted)) found.push([m.index, m.index + m[0].length]);
  return found;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
