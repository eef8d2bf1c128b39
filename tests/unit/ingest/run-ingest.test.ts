import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../src/ingest/run-ingest.ts';
import { readSeed } from '../../../src/ingest/read-seed.ts';
import { memoryIO, projectCatalogs, seedFile, SEEDS } from '../../helpers/ingest.ts';

const seed = seedFile;

const memory = (seeds: Array<{ file: string; bytes: Uint8Array }>, files = new Map<string, string>()) => memoryIO(seeds, {}, files);

describe('runIngest(io)', () => {
  it('writes the collections a seed fills (包头 names no units, so no departments), each file naming its seed and sha256', () => {
    const { io, files, log } = memory([seed(SEEDS.baotou)]);
    expect(runIngest(io).ok).toBe(true);
    expect([...new Set([...files.keys()].map((p) => p.split('/')[0]))].sort()).toEqual(['actions', 'activities', 'plans', 'projects', 'targets']);
    expect(files.get('plans/baotou-suzhi-2021-2025.mdx')).toContain(`from seeds/${SEEDS.baotou} (sha256 f09c3630ceeb5ae4e04f8a00fd398e96a776db855522dbbc851cc86ccb642cf7)`);
    expect(log[0]).toBe(`${SEEDS.baotou} → baotou-suzhi-2021-2025: 5 actions, 5 projects, 35 measures, 21 targets, 0 bases, 31 activity mentions, 9 warnings`);
    expect(log.at(-1)).toMatch(/^total: 1 plans, 5 actions, 5 projects, 21 targets, \d+ files \(\d+ written, 0 removed\)$/u);
  });

  it('is deterministic: a second run writes nothing', () => {
    const { io, files } = memory([seed(SEEDS.anning), seed(SEEDS.qinzhou)]);
    runIngest(io);
    const again = memory([seed(SEEDS.anning), seed(SEEDS.qinzhou)], files);
    expect(runIngest(again.io)).toMatchObject({ ok: true, written: [], removed: [] });
  });

  it('rewrites only what depends on a seed that changed', () => {
    const { io, files } = memory([seed(SEEDS.anning), seed(SEEDS.qinzhou)]);
    runIngest(io);
    const edited = { file: SEEDS.anning, bytes: new TextEncoder().encode(new TextDecoder().decode(seed(SEEDS.anning).bytes).replace('培训50名以上科技辅导员', '培训60名以上科技辅导员')) };
    const again = memory([edited, seed(SEEDS.qinzhou)], files);
    const result = runIngest(again.io);
    expect(result.written.every((p) => p.includes('anning') || p.startsWith('departments/') || p.startsWith('activities/'))).toBe(true);
    expect(result.written).toContain('targets/anning-suzhi-2021-2025/s2-1-b3-t1.yaml');
    expect(result.written.some((p) => p.includes('qinzhou'))).toBe(false);
  });

  it('with a cache kept between runs (the dev server), reads again only the seed that changed', () => {
    // Each new entry is a seed read.
    const reads: string[] = [];
    const counting = new (class extends Map<string, ReturnType<typeof readSeed>> {
      override set(key: string, value: ReturnType<typeof readSeed>) {
        if (!this.has(key)) reads.push(key.split('\0')[0] ?? '');
        return super.set(key, value);
      }
    })();
    const { io, files } = memory([seed(SEEDS.anning), seed(SEEDS.qinzhou)]);
    runIngest(io, { cache: counting });
    const edited = { file: SEEDS.anning, bytes: new TextEncoder().encode(new TextDecoder().decode(seed(SEEDS.anning).bytes).replace('培训50名以上科技辅导员', '培训60名以上科技辅导员')) };
    const again = memory([edited, seed(SEEDS.qinzhou)], files);
    expect(runIngest(again.io, { cache: counting }).written).toContain('targets/anning-suzhi-2021-2025/s2-1-b3-t1.yaml');
    expect(reads).toEqual([SEEDS.anning, SEEDS.qinzhou, SEEDS.anning]);
  });

  it('removes the files of a seed that was removed', () => {
    const { io, files } = memory([seed(SEEDS.anning), seed(SEEDS.qinzhou)]);
    runIngest(io);
    const again = memory([seed(SEEDS.qinzhou)], files);
    const result = runIngest(again.io);
    expect(result.removed.length).toBeGreaterThan(0);
    expect([...files.keys()].some((p) => p.includes('anning'))).toBe(false);
  });

  it('reports every unreadable seed with its reason and still ingests the others', () => {
    const { io, files, log } = memory([
      { file: 'empty.txt', bytes: new Uint8Array() },
      { file: 'photo.txt', bytes: new Uint8Array([0x89, 0x50, 0x00, 0x01]) },
      seed(SEEDS.anning),
    ]);
    const result = runIngest(io);
    expect(result).toMatchObject({ ok: false, refused: ['empty.txt', 'photo.txt'] });
    expect(files.has('plans/anning-suzhi-2021-2025.mdx')).toBe(true);
    expect(log.slice(0, 2)).toEqual([
      'seeds/empty.txt:1:1: error [encoding] the file is empty',
      'seeds/photo.txt:1:1: error [encoding] the file looks binary (a NUL byte at offset 2); seeds must be text',
    ]);
    expect(log.at(-1)).toBe('ingest: 2 seed(s) not ingested (empty.txt, photo.txt); what they made before stays published until they are fixed');
  });

  it('keeps what a seed made before when it can no longer be read, and replaces nothing of it', () => {
    const { io, files } = memory([seed(SEEDS.anning), seed(SEEDS.qinzhou)]);
    runIngest(io);
    const before = new Map([...files].filter(([p]) => p.includes('anning')));
    const broken = memory([{ file: SEEDS.anning, bytes: new Uint8Array([0, 1, 2]) }, seed(SEEDS.qinzhou)], files);
    const result = runIngest(broken.io);
    expect(result.refused).toEqual([SEEDS.anning]);
    expect(result.removed.filter((p) => p.includes('anning'))).toEqual([]);
    for (const [path, text] of before) expect(files.get(path), path).toBe(text);
    expect(files.has('plans/qinzhou-suzhi-2021-2035.mdx')).toBe(true);
  });

  it('refuses the copy of a plan another seed already makes, naming both', () => {
    const { io, log } = memory([seed(SEEDS.anning), { ...seed(SEEDS.anning), file: '005_copy.txt' }]);
    expect(runIngest(io).ok).toBe(false);
    expect(log[0]).toBe(`seeds/005_copy.txt:1:1: error [slug] seeds/${SEEDS.anning} already makes the plan anning-suzhi-2021-2025 (same place, kind and period): remove one of them, or correct the title of this one`);
  });

  it('blames the new copy, not the seed that made the plan before, whatever their names', () => {
    const { io, files } = memory([seed(SEEDS.anning)]);
    runIngest(io);
    const again = memory([{ ...seed(SEEDS.anning), file: '000_copy.txt' }, seed(SEEDS.anning)], files);
    runIngest(again.io);
    expect(again.log[0]).toMatch(/^seeds\/000_copy\.txt:1:1: error \[slug\]/u);
  });

  it('refuses a seed that lost most of its plan since the last ingest, naming the counts, and keeps its pages', () => {
    const { io, files } = memory([seed(SEEDS.baotou)]);
    runIngest(io);
    const before = new Map(files);
    const full = new TextDecoder().decode(seed(SEEDS.baotou).bytes);
    const cutSeed = { file: SEEDS.baotou, bytes: new TextEncoder().encode(full.slice(0, Math.floor(full.length / 10))) };
    const cut = memory([cutSeed], files);
    expect(runIngest(cut.io)).toMatchObject({ ok: false, refused: [SEEDS.baotou], removed: [], written: [] });
    expect(cut.log[0]).toMatch(/^seeds\/003_23647e01fcb0039d\.txt:1:1: error \[seed\] the plan had 74 paragraphs and 21 targets when last ingested and now has \d+ paragraphs and \d+ targets: is seeds\/003_23647e01fcb0039d\.txt a bad download or a cut-off copy\? It is not ingested and its pages stay as they were: restore the full text, or if the plan is meant to be shorter, run `npm run ingest -- --accept-loss 003_23647e01fcb0039d\.txt`$/u);
    expect(files).toEqual(before);
    const accepted = memory([cutSeed], files);
    expect(runIngest(accepted.io, { acceptLoss: [SEEDS.baotou] }).ok).toBe(true);
    expect(accepted.writes).toContain('plans/baotou-suzhi-2021-2025.mdx');
  });

  it('says so when a seed now makes its plan under another slug, naming both and the translation file', () => {
    const { io, files } = memory([seed(SEEDS.anning)]);
    runIngest(io);
    const text = new TextDecoder().decode(seed(SEEDS.anning).bytes).replace(/2021([-—])2025年/gu, '2021$12026年');
    const again = memory([{ file: SEEDS.anning, bytes: new TextEncoder().encode(text) }], files);
    runIngest(again.io);
    expect(again.log).toContain(
      `  seeds/${SEEDS.anning}:1:1: warning [slug] this seed now makes the plan anning-suzhi-2021-2026, not anning-suzhi-2021-2025 as when last ingested (its place, kind or period reads differently): the pages under /plans/anning-suzhi-2021-2025/ are removed, and the English in content/translations/anning-suzhi-2021-2025.yaml is no longer used (rename it to anning-suzhi-2021-2026.yaml if it is the same plan)`,
    );
  });

  it('in check mode changes nothing and says when content/ is out of date', () => {
    const { io, files, log } = memory([seed(SEEDS.anning)]);
    expect(runIngest(io, { check: true }).ok).toBe(false);
    expect(files.size).toBe(0);
    expect(log.at(-1)).toBe('content/ is not up to date with seeds/: run `npm run ingest`');
  });
});

describe('readSeed(one huge line)', () => {
  it('reads a seed that is one line of 200,000 characters, keeping all of it and every figure', () => {
    const sentence = '到2025年，培训农民2万人次以上，建设科普基地10个，';
    const text = `# 某市科普规划（2021—2025年）\n\n${sentence.repeat(7000)}完。\n`;
    const result = readSeed('huge.txt', new TextEncoder().encode(text), projectCatalogs());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.targets).toHaveLength(14000);
    expect(result.plan.outline.paragraphs.map((p) => p.display.text).join('')).toBe(`某市科普规划（2021—2025年）${sentence.repeat(7000)}完。`);
    expect(result.plan.targets.every((t) => text.includes(result.plan.source.slice(...t.quoteRange)))).toBe(true);
  });
});
