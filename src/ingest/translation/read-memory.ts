import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { translationMemorySchema, type TranslationMemory } from '../../schemas/translation.ts';
import { linksOf } from '../../translation/markup.ts';
import { problem, type Problem } from '../problems.ts';
import { parseYaml } from '../yaml/parse-yaml.ts';
import { sourceHash } from './source-hash.ts';

export interface ReadMemory {
  memory: TranslationMemory;
  problems: Problem[];
  /** The line of each entry in the file, for reports that point at it. */
  lines: Map<string, number>;
}

/**
 * A plan's translation memory read and checked: the schema, each entry's hash against its own
 * Chinese, and each English against the links of its Chinese (a figure must stay linked). A
 * file that does not parse gives an empty memory and its problems; a missing file is `''`.
 * @example readMemory('title:\n  hash: 000000000000\n  zh: 标题\n  en: Title\n', 'content/translations/a.yaml').problems[0]?.field // => 'title.hash'
 */
export function readMemory(text: string, file: string): ReadMemory {
  if (text.trim() === '') return { memory: {}, problems: [], lines: new Map() };
  const parsed = parseYaml(text, file, translationMemorySchema);
  if (!parsed.ok) return { memory: {}, problems: parsed.problems, lines: new Map() };
  const lines = entryLines(text);
  const problems: Problem[] = [];
  const at = (id: string) => ({ line: lines.get(id) ?? 1, column: 1 });
  for (const [id, entry] of Object.entries(parsed.value)) {
    const hash = sourceHash(entry.zh);
    if (hash !== entry.hash) {
      problems.push(problem(file, at(id), `${id}.hash`, `is ${entry.hash}, but the Chinese of this entry hashes to ${hash}: copy hash and zh together from \`npm run i18n:status -- --todo\``, 'error'));
    }
    const want = linksOf(entry.zh).sort().join(' ');
    const got = linksOf(entry.en).sort().join(' ');
    if (want !== got) {
      problems.push(problem(file, at(id), `${id}.en`, `must carry the same links as the Chinese (${want || 'none'}), but has ${got || 'none'}: put each [words](fig:…) on the English words that say the same`, 'error'));
    }
  }
  return { memory: parsed.value, problems, lines };
}

function entryLines(text: string): Map<string, number> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const out = new Map<string, number>();
  if (!isMap(doc.contents)) return out;
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) out.set(String(pair.key.value), counter.linePos(pair.key.range[0]).line);
  }
  return out;
}
