// Nothing lost: every line of every seed, apart from web-page chrome, appears in the text of its
// Chinese plan page and of its parallel (Chinese beside English) pages. Lines are compared by
// their characters: white space, markdown markers (# * - >), dashes and 〔〕 may differ, since the
// page drops markdown syntax, joins lines cut by PDF extraction and restores dashes a scrape lost.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decode, distFile } from '../setup/dist.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const plans = JSON.parse(distFile('data/plans.json')) as Array<{ slug: string; seed: string }>;

// Web chrome read off seeds/003 by hand: login, site name, QR prompt, accessibility links,
// breadcrumb, page header with click counter, assistant widget.
const CHROME_LINES: Record<string, number[]> = { '003_23647e01fcb0039d.txt': [1, 2, 4, 6, 7, 9, 10, 12, 171] };

const skeleton = (s: string) => s.replace(/[\s#*>\-—–〔〕¶]/gu, '');

function planText(html: string): string {
  const start = html.indexOf('data-plan-text');
  const end = html.indexOf('</section>', start);
  return skeleton(decode(html.slice(start, end).replace(/<[^>]+>/gu, '')));
}

describe('plan page text', () => {
  it('has a plan page for every seed', () => {
    expect(plans.map((p) => p.seed).sort()).toEqual(readdirSync(`${root}seeds`).filter((f) => f.endsWith('.txt')).sort());
  });

  it.each(plans)('shows every line of $seed on its Chinese page and beside its English', ({ slug, seed }) => {
    const lines = readFileSync(`${root}seeds/${seed}`, 'utf8').split(/\r\n?|\n/u);
    const chrome = new Set(CHROME_LINES[seed] ?? []);
    for (const path of [`plans/${slug}/index.html`, `plans/${slug}/parallel/index.html`, `en/plans/${slug}/parallel/index.html`]) {
      const text = planText(distFile(path));
      const missing = lines
        .map((line, i) => ({ n: i + 1, line: skeleton(line) }))
        .filter(({ n, line }) => line !== '' && !chrome.has(n) && !text.includes(line));
      expect(missing, `${path} lacks lines of seeds/${seed}`).toEqual([]);
    }
  });

  it('leaves the chrome of the scraped page out', () => {
    const text = planText(distFile('plans/baotou-suzhi-2021-2025/index.html'));
    for (const chrome of ['智慧昆都仑', '扫码访问', '点击量', '智能问答']) expect(text).not.toContain(chrome);
  });
});
