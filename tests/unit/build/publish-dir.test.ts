import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishDir } from '../../../scripts/publish-dir.ts';

let dir = '';
let dist = '';
const site = (folder: string, text: string) => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), text);
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kepu-publish-'));
  dist = join(dir, 'dist');
  site(dist, 'old');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('publishDir(target, build)', () => {
  it('replaces the site with the one built beside it, and leaves nothing else behind', () => {
    publishDir(dist, (stage) => site(stage, 'new'));
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(`${dist}.next`) || existsSync(`${dist}.previous`)).toBe(false);
  });

  it('leaves the published site as it was when a step fails, and says why', () => {
    expect(() =>
      publishDir(dist, (stage) => {
        site(stage, 'half');
        throw new Error('astro build failed');
      }),
    ).toThrow('astro build failed');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(`${dist}.next`)).toBe(false);
  });

  it('builds into a clean folder, whatever a killed build left there', () => {
    site(`${dist}.next`, 'left by a killed build');
    writeFileSync(join(`${dist}.next`, 'stale.html'), 'stale');
    publishDir(dist, (stage) => {
      expect(existsSync(join(stage, 'stale.html'))).toBe(false);
      site(stage, 'new');
    });
    expect(existsSync(join(dist, 'stale.html'))).toBe(false);
  });

  it('puts back the site a build killed between its two renames left aside', () => {
    rmSync(dist, { recursive: true });
    site(`${dist}.previous`, 'old');
    expect(() =>
      publishDir(dist, () => {
        throw new Error('failed');
      }),
    ).toThrow('failed');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('old');
  });

  it('publishes a first site where there was none', () => {
    rmSync(dist, { recursive: true });
    publishDir(dist, (stage) => site(stage, 'first'));
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('first');
  });
});
