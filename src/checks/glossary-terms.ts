import type { GlossaryEntry } from '../schemas/catalog/glossary.ts';
import { avoidedIn } from '../translation/terms.ts';

export interface TermClash {
  /** The page, as a path under dist/. */
  page: string;
  /** The glossary entry (its index in the glossary file), the rendering found and the term to use. */
  entry: number;
  zh: string;
  en: string;
  found: string;
}

/**
 * Where a built English page renders a glossary term another way than the glossary's: a
 * rendering the entry lists in `avoid_en`. `pages` gives each English page's English text
 * (Chinese originals left out), by path.
 * @example termClashes(glossary, [['en/index.html', 'Science Literacy Improvement Action']])[0]?.found // => 'Science Literacy'
 */
export function termClashes(glossary: readonly GlossaryEntry[], pages: Iterable<readonly [string, string]>): TermClash[] {
  const out: TermClash[] = [];
  for (const [page, text] of pages) {
    for (const hit of avoidedIn(glossary, text)) {
      out.push({ page, entry: glossary.findIndex((g) => g.zh === hit.zh), zh: hit.zh, en: hit.en, found: hit.found });
    }
  }
  return out;
}
