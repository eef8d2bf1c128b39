import type { Mention } from '../schemas/common.ts';

/**
 * The places plans name an activity, grouped for an activity page: one group per plan (in the
 * site's plan order), one row per sentence, with every form the sentence uses (科普大篷车 and
 * 流动科技馆 in one sentence are one row, not two).
 */

export type MentionRow = { anchor: string; quote: string; line: number; terms: string[] };
export type MentionGroup = { plan: string; rows: MentionRow[] };

/**
 * Groups mentions by plan, then by sentence.
 * @example mentionGroups([{ plan: 'a', anchor: 's1', quote: 'q', line: 3, as_written: 'x' }, { plan: 'a', anchor: 's1', quote: 'q', line: 3, as_written: 'y' }], ['a'])
 * // => [{ plan: 'a', rows: [{ anchor: 's1', quote: 'q', line: 3, terms: ['x', 'y'] }] }]
 */
export function mentionGroups(mentions: readonly (Mention & { as_written: string })[], planOrder: readonly string[]): MentionGroup[] {
  const groups = new Map<string, Map<string, MentionRow>>();
  for (const mention of mentions) {
    const rows = groups.get(mention.plan) ?? new Map<string, MentionRow>();
    groups.set(mention.plan, rows);
    const key = `${mention.anchor}\n${mention.quote}`;
    const row = rows.get(key);
    if (row === undefined) rows.set(key, { anchor: mention.anchor, quote: mention.quote, line: mention.line, terms: [mention.as_written] });
    else if (!row.terms.includes(mention.as_written)) row.terms.push(mention.as_written);
  }
  const rank = (plan: string) => {
    const index = planOrder.indexOf(plan);
    return index === -1 ? planOrder.length : index;
  };
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([plan, rows]) => ({ plan, rows: [...rows.values()].sort((a, b) => a.line - b.line) }));
}

