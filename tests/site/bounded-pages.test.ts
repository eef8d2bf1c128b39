// Pages that would grow with the number of plans are bounded: an action or project page shows
// the nearest plans' counterparts and links to the comparison of them all; the home page lists
// the newest plans and links to all of them. (npm run bench measures them at 1,000 plans.)
import { describe, expect, it } from 'vitest';
import { distExists, distFile } from '../setup/dist.ts';

interface PlanExport {
  slug: string;
  actions: Array<{ key: string; group: string }>;
}
const plans = JSON.parse(distFile('data/plans.json')) as PlanExport[];
const youth = plans.flatMap((p) => p.actions.filter((a) => a.group === 'youth'));

describe('an action page', () => {
  it('links to the comparison of its population group, which lists every plan that has the action', () => {
    expect(youth.length).toBeGreaterThan(1);
    for (const a of youth) expect(distFile(`plans/${a.key.replace('/', '/actions/')}/index.html`)).toContain('href="/compare/actions/youth/"');
    const table = distFile('compare/actions/youth/index.html');
    for (const a of youth) expect(table).toContain(`href="/plans/${a.key.replace('/', '/actions/')}/"`);
    expect(distFile('en/compare/actions/youth/index.html')).toContain(`${youth.length} plans have this section`);
  });
});

describe('the home page', () => {
  it('links to the list of every plan, which at this size holds them all on one page', () => {
    expect(distFile('index.html')).toContain('href="/plans/"');
    const list = distFile('plans/index.html');
    for (const p of plans) expect(list).toContain(`href="/plans/${p.slug}/"`);
    expect(distExists('plans/page/2/index.html')).toBe(false);
  });
});

describe('the targets explorer', () => {
  it('holds every target on its first page while they fit one page', () => {
    const rows = (distFile('targets/index.html').match(/<tr id="row-/gu) ?? []).length;
    const targets = (JSON.parse(distFile('data/targets.json')) as unknown[]).length;
    expect(rows).toBe(targets);
    expect(distExists('targets/page/2/index.html')).toBe(targets > 150);
  });
});
