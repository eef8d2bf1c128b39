import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/ingest/problems.ts';
import { readMemory } from '../../../src/ingest/translation/read-memory.ts';
import { sourceHash } from '../../../src/ingest/translation/source-hash.ts';
import { unusedMemories } from '../../../src/ingest/translation/unused-memories.ts';

const FILE = 'content/translations/p.yaml';
const zh = '学校每学期举办科普讲座不少于[4次](fig:s1-p1-t1)。';
const yaml = (entry: string) => `heading/s1:\n  hash: "${sourceHash('总体要求')}"\n  zh: 总体要求\n  en: General requirements\ntext/s1-p1:\n${entry}`;
const problems = (text: string) => readMemory(text, FILE).problems.map(formatProblem);

describe('readMemory', () => {
  it('reads a memory whose entries match their Chinese and its links', () => {
    const read = readMemory(yaml(`  hash: "${sourceHash(zh)}"\n  zh: ${zh}\n  en: Schools shall hold [at least four](fig:s1-p1-t1) popular science lectures a semester.\n`), FILE);
    expect(read.problems).toEqual([]);
    expect(Object.keys(read.memory)).toEqual(['heading/s1', 'text/s1-p1']);
    expect(read.lines.get('text/s1-p1')).toBe(5);
  });

  it('names the file, line and unit when a hash is not that of the entry’s Chinese', () => {
    expect(problems(yaml(`  hash: "000000000000"\n  zh: ${zh}\n  en: Schools shall hold [at least four](fig:s1-p1-t1) lectures.\n`))).toEqual([
      `${FILE}:5:1: error [text/s1-p1.hash] is 000000000000, but the Chinese of this entry hashes to ${sourceHash(zh)}: copy hash and zh together from \`npm run i18n:status -- --todo\``,
    ]);
  });

  it('refuses English that drops a figure’s link', () => {
    expect(problems(yaml(`  hash: "${sourceHash(zh)}"\n  zh: ${zh}\n  en: Schools shall hold at least four lectures.\n`))).toEqual([
      `${FILE}:5:1: error [text/s1-p1.en] must carry the same links as the Chinese (fig:s1-p1-t1), but has none: put each [words](fig:…) on the English words that say the same`,
    ]);
  });

  it('refuses empty English and English with Chinese in it, at the value', () => {
    expect(problems(yaml(`  hash: "${sourceHash(zh)}"\n  zh: ${zh}\n  en: ""\n`))).toEqual([`${FILE}:8:7: error [text/s1-p1.en] must not be empty`]);
    expect(problems(yaml(`  hash: "${sourceHash(zh)}"\n  zh: ${zh}\n  en: 科普 lectures [4](fig:s1-p1-t1)\n`))).toEqual([`${FILE}:8:7: error [text/s1-p1.en] must not contain Chinese characters`]);
  });

  it('names an unknown unit id', () => {
    expect(problems(`paragraph-1:\n  hash: "aaaaaaaaaaaa"\n  zh: 文字\n  en: Text\n`)).toEqual([`${FILE}:2:3: error [paragraph-1] "paragraph-1" is not a unit id: expected a unit id such as heading/s2-3, text/s2-3-p1, metric/sx1-p1-t1 or base/qinzhou/kejiguan`]);
  });

  it('gives an empty memory for a plan nobody has translated', () => {
    expect(readMemory('', FILE)).toEqual({ memory: {}, problems: [], lines: new Map() });
  });
});

describe('sourceHash', () => {
  it('is the same however the Chinese is spaced or punctuated, and changes with its words or links', () => {
    expect(sourceHash('到2025年，达到[15%](fig:a-t1)')).toBe(sourceHash('到 2025 年,达到[15%](fig:a-t1)'));
    expect(sourceHash('到2025年，达到[15%](fig:a-t1)')).not.toBe(sourceHash('到2025年，达到[16%](fig:a-t1)'));
    expect(sourceHash('到2025年，达到[15%](fig:a-t1)')).not.toBe(sourceHash('到2025年，达到15%'));
  });
});

describe('unusedMemories(memories, plans)', () => {
  it('names each memory no plan uses, and says what to do with it', () => {
    expect(unusedMemories(['anning-suzhi-2021-2025', 'anning-suzhi-2021-2026'], ['anning-suzhi-2021-2025']).map(formatProblem)).toEqual([
      'content/translations/anning-suzhi-2021-2026.yaml:1:1: error [plan] no seed makes the plan anning-suzhi-2021-2026: if its slug changed, rename the file to the new slug; if the plan was removed, remove the file',
    ]);
  });
});
