import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../../src/site/data.ts';
import { lastChanged, targetsLastChanged } from '../../../src/site/last-changed.ts';

// The project's own committed target files, as the site would list them.
const files = readdirSync('content/targets', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `content/targets/${f}`);
const site = { targets: files.map((filePath) => ({ filePath })) } as unknown as SiteData;

describe('targetsLastChanged(site, catalogs)', () => {
  it('gives the date lastChanged gives for every target file and the catalogs together', () => {
    const catalogs = ['content/catalog/metrics.yaml', 'content/catalog/groups.yaml'];
    expect(files.length).toBeGreaterThan(0);
    expect(targetsLastChanged(site, catalogs)).toBe(lastChanged([...files, ...catalogs]));
    expect(targetsLastChanged(site, [])).toBe(lastChanged(files));
  });
});
