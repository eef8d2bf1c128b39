import type { GlossaryEntry } from '../schemas/catalog/glossary.ts';
import { plainText } from './markup.ts';

// Kinds whose Chinese also occurs inside unrelated words (人 in 人民), that stand after
// numbers, or that a sentence may shorten (宁夏回族自治区 as "the autonomous region"):
// translations are not held to them word by word.
const FREE_KINDS = new Set<GlossaryEntry['kind']>(['unit', 'department-kind', 'place']);

export interface TermIssue {
  zh: string;
  en: string;
  message: string;
}

/**
 * A regular expression for an English term that allows the singular or plural of each word,
 * a possessive, a hyphen for a space and either apostrophe.
 * @example termPattern('science and technology volunteers').test('a Science and Technology Volunteer') // => true
 */
export function termPattern(term: string): RegExp {
  let re = patterns.get(term);
  if (!re) patterns.set(term, (re = compile(term)));
  return re;
}

// Patterns are compiled once: a report checks every glossary term against every unit.
const patterns = new Map<string, RegExp>();

function compile(term: string): RegExp {
  const words = term
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map((w) => {
      if (/ies$/u.test(w)) return `${escape(w.slice(0, -3))}(?:y|ies)`;
      if (/[^aeiou]y$/u.test(w)) return `${escape(w.slice(0, -1))}(?:y|ies)`;
      if (/[^s]s$/u.test(w)) return `${escape(w.slice(0, -1))}(?:s|es)?`;
      return `${escape(w)}(?:s|es)?`;
    });
  // A word may take a possessive (farmers' and herders'), and words may be joined by a hyphen.
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("(?:['’]s?)?[\\s-]+")}(?:['’]s?)?(?![\\p{L}\\p{N}])`, 'iu');
}

/** A word as a literal in a pattern, either apostrophe matching. */
function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/['’]/gu, "['’]");
}

/** What a term must show in English: the term without a trailing gloss in brackets, or that gloss (CAST). */
function acceptable(en: string): RegExp[] {
  const m = /^(.*?)\s*\(([^()]+)\)$/u.exec(en);
  return m ? [termPattern(m[1] ?? en), termPattern(m[2] ?? en)] : [termPattern(en)];
}

/**
 * Where a translation departs from the glossary: a Chinese term whose English is not in the
 * English text (longest terms first, so 科普教育基地 wins over 科普), and a rendering to avoid.
 * @example termIssues(glossary, { zh: '科技志愿者', en: 'sci-tech volunteers' }) // => [{ zh: '科技志愿者', en: 'science and technology volunteers', message: … }, …]
 */
export function termIssues(glossary: readonly GlossaryEntry[], unit: { zh: string; en: string }): TermIssue[] {
  const zh = plainText(unit.zh);
  const en = plainText(unit.en);
  const issues: TermIssue[] = [];
  const forms = glossary
    .filter((g) => !FREE_KINDS.has(g.kind))
    .flatMap((g) => [g.zh, ...(g.aliases_zh ?? [])].map((form) => ({ form, g })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken: Array<[number, number]> = [];
  for (const { form, g } of forms) {
    for (let at = zh.indexOf(form); at >= 0; at = zh.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (taken.some(([a, b]) => at < b && end > a)) continue;
      taken.push([at, end]);
      if (!acceptable(g.en).some((re) => re.test(en)) && !issues.some((i) => i.zh === g.zh)) {
        issues.push({ zh: g.zh, en: g.en, message: `${form} is “${g.en}” in the glossary, which the English does not use` });
      }
    }
  }
  for (const v of avoidedIn(glossary, en)) issues.push({ zh: v.zh, en: v.en, message: `“${v.found}” renders ${v.zh} another way than the glossary’s “${v.en}”` });
  return issues;
}

/**
 * The renderings to avoid (`avoid_en`) that occur in an English text.
 * @example avoidedIn(glossary, 'Science Literacy Improvement Action') // => [{ zh: '科学素质', en: 'scientific literacy', found: 'Science Literacy' }]
 */
export function avoidedIn(glossary: readonly GlossaryEntry[], text: string): Array<{ zh: string; en: string; found: string }> {
  const found = glossary.flatMap((g) => (g.avoid_en ?? []).map((v) => ({ g, matches: [...text.matchAll(everywhere(v))] })));
  // Most texts hold no rendering to avoid: the glossary terms are only looked for when one does.
  if (found.every((f) => f.matches.length === 0)) return [];
  // A rendering to avoid inside a longer glossary term is that term, not a departure:
  // "technology volunteers" is to be avoided, but not inside "science and technology volunteers".
  const terms = glossary.flatMap((g) => [...text.matchAll(everywhere(g.en))].map((m) => [m.index, m.index + m[0].length] as const));
  const inTerm = (from: number, to: number) => terms.some(([a, b]) => a <= from && b >= to && b - a > to - from);
  return found.flatMap(({ g, matches }) => {
    const m = matches.find((x) => !inTerm(x.index, x.index + x[0].length));
    return m ? [{ zh: g.zh, en: g.en, found: m[0] }] : [];
  });
}

// A term's pattern for every place it occurs; matchAll copies it, so one serves every text.
const global = new Map<string, RegExp>();
const everywhere = (term: string) => global.get(term) ?? global.set(term, new RegExp(termPattern(term).source, 'giu')).get(term)!;
