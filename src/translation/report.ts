import { stringify } from 'yaml';
import type { TranslationMemory } from '../schemas/translation.ts';
import { percentTranslated, UNIT_KINDS, type Coverage } from './coverage.ts';

/**
 * Coverage as the lines `npm run i18n:status` prints: a row per plan, its counts per kind, and
 * each unit that is outdated or missing with the file and line to edit.
 * @example coverageLines([baotou], lines)[0] // => 'baotou-suzhi-2021-2025  100%  152 translated, 0 outdated, 0 missing'
 */
export function coverageLines(all: readonly Coverage[], file: (plan: string) => string, lineOf: (plan: string, id: string) => number | undefined): string[] {
  const width = Math.max(...all.map((c) => c.plan.length), 4);
  const out: string[] = [];
  for (const c of all) {
    const t = c.total;
    out.push(`${c.plan.padEnd(width)}  ${String(percentTranslated(t)).padStart(3)}%  ${t.translated} translated, ${t.outdated} outdated, ${t.missing} missing`);
    out.push(`${' '.repeat(width)}  ${UNIT_KINDS.map((k) => `${k} ${c.byKind[k].translated}/${c.byKind[k].translated + c.byKind[k].outdated + c.byKind[k].missing}`).join(' · ')}`);
    for (const u of c.units.filter((x) => x.state !== 'translated')) {
      const line = lineOf(c.plan, u.id);
      out.push(`  ${file(c.plan)}${line ? `:${line}` : ''}: ${u.state} ${u.id}`);
    }
    for (const id of c.orphans) out.push(`  ${file(c.plan)}:${lineOf(c.plan, id) ?? 1}: orphan ${id} (the plan has no such unit any more; remove the entry)`);
  }
  return out;
}

/**
 * The entries a translator adds or updates to bring a plan to 100 %: YAML to paste into its
 * memory. A unit whose very Chinese the memory already translates (a metric that moved to another
 * id, a heading repeated) comes with that English; a missing one with its Chinese and an empty
 * `en`; an outdated one with the new Chinese, its new hash and the old English to revise, the old
 * Chinese in a comment above it.
 * @example todoYaml([{ id: 'title', hash: 'e1e2f397de9a', zh: '包头市…' }], {}) // => 'title:\n  hash: e1e2f397de9a\n  zh: 包头市…\n  en: ""\n'
 */
export function todoYaml(units: ReadonlyArray<{ id: string; hash: string; zh: string }>, memory: TranslationMemory): string {
  const byHash = new Map(Object.entries(memory).map(([id, e]) => [e.hash, { id, en: e.en }] as const));
  return units
    .filter((u) => memory[u.id]?.hash !== u.hash)
    .map((u) => {
      const same = byHash.get(u.hash);
      const old = memory[u.id];
      const entry = stringify({ [u.id]: { hash: u.hash, zh: u.zh, en: same?.en ?? old?.en ?? '' } }, { lineWidth: 0 });
      if (same) return `# the same Chinese as ${same.id}: its English, to check\n${entry}`;
      return old ? `# outdated: translated from ${JSON.stringify(old.zh)}\n${entry}` : entry;
    })
    .join('');
}
