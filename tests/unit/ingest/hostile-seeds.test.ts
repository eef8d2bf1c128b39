// seeds/ as a careless editor or an attacker leaves it: a folder named like a seed, a link to a
// file outside the project, a name with a newline, an upper-case .TXT, a file over 5 MB. Ingest
// reports each with its path and reads the rest; nothing from outside seeds/ is published.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { selectSeeds } from '../../../src/ingest/seed-files.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const root = fileURLToPath(new URL('../../..', import.meta.url));
const SEED = '004_fd473bccdbad8192.txt';

describe('selectSeeds(entries)', () => {
  const file = (name: string, size = 100) => ({ name, kind: 'file' as const, size });
  it('reads regular .txt files with safe names, and reports each entry meant as a seed that is not one', () => {
    const { seeds, problems } = selectSeeds([
      file('003_a.txt'),
      { name: 'x.txt', kind: 'directory', size: 0 },
      { name: 'outside.txt', kind: 'symlink', size: 0 },
      file('b.TXT'),
      file('evil\nslug: x.txt'),
      file('big.txt', 6 * 1024 * 1024),
      file('notes.md'),
      file('.hidden.txt'),
    ]);
    expect(seeds).toEqual(['003_a.txt']);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'seeds/b.TXT: ends in .TXT: rename it to end in .txt (lower case)',
      'seeds/big.txt: is 6.0 MB, more than the 5 MB a plan\'s text takes: is it the plan, as text?',
      'seeds/evil\\nslug: x.txt: has characters a seed name may not have: use only letters, digits, “.”, “_” and “-” (e.g. 005_shenzhen.txt)',
      'seeds/outside.txt: is a link to another file: copy the plan’s text into seeds/ itself (a link may point outside the project)',
      'seeds/x.txt: is a folder, not a file: a seed is one text file in seeds/',
    ]);
  });
});

describe('npm run ingest (with a hostile seeds/)', () => {
  let dir = '';
  let run: { status: number | null; stdout: string; stderr: string };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kepu-hostile-'));
    for (const entry of ['scripts', 'src', 'content/catalog', 'package.json']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    mkdirSync(join(dir, 'seeds'));
    cpSync(join(root, 'seeds', SEED), join(dir, 'seeds', SEED));
    mkdirSync(join(dir, 'seeds', 'x.txt'));
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, readFileSync(join(root, 'seeds', '003_23647e01fcb0039d.txt')));
    symlinkSync(secret, join(dir, 'seeds', 'linked.txt'));
    writeFileSync(join(dir, 'seeds', 'evil\nslug: evil.txt'), readFileSync(join(root, 'seeds', '002_9e555d5be710991a.txt')));
    writeFileSync(join(dir, 'seeds', 'upper.TXT'), readFileSync(join(root, 'seeds', '001_f42f440b450c0eaa.txt')));
    run = spawnSync(process.execPath, ['scripts/ingest.ts'], { cwd: dir, encoding: 'utf8' });
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports each bad entry with its path and the reason, without a stack trace', () => {
    expect(run.stdout).toContain('seeds/x.txt:1:1: error [file] is a folder, not a file');
    expect(run.stdout).toContain('seeds/linked.txt:1:1: error [file] is a link to another file');
    expect(run.stdout).toContain('seeds/evil\\nslug: evil.txt:1:1: error [file] has characters a seed name may not have');
    expect(run.stdout).toContain('seeds/upper.TXT:1:1: error [file] ends in .TXT: rename it to end in .txt (lower case)');
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/u);
  });

  it('ingests the good seed and nothing the bad entries hold', () => {
    expect(run.status).toBe(0);
    const plans = readdirSync(join(dir, 'content/plans'));
    expect(plans).toEqual(['anning-suzhi-2021-2025.mdx']);
    const all = readdirSync(join(dir, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).map((f) => readFileSync(join(dir, 'content', f), 'utf8')).join('\n');
    expect(all).not.toContain('slug: evil');
    expect(all).not.toContain('包头');
    expect(existsSync(join(dir, 'content/plans/baotou-suzhi-2021-2025.mdx'))).toBe(false);
  });

  it('fails the check while any of them is there', () => {
    expect(spawnSync(process.execPath, ['scripts/ingest.ts', '--check'], { cwd: dir, encoding: 'utf8' }).status).toBe(1);
  });
});
