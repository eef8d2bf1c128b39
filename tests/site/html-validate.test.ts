// Every page of the built site through html-validate (recommended rules; the exceptions and why
// are in setup/html-validate.ts): no errors on any page of any type, in either language.
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distFile, distFiles } from '../setup/dist.ts';
import { htmlValidateConfig } from '../setup/html-validate.ts';

const validator = new HtmlValidate(htmlValidateConfig);
const pages = distFiles('.html').filter((f) => !f.startsWith('pagefind/'));

describe('html-validate(every page of dist/)', () => {
  it('finds pages of every type in both languages to check', () => {
    expect(pages.length).toBeGreaterThan(250);
    expect(pages.filter((p) => p.startsWith('en/')).length).toBeGreaterThan(100);
  });

  it('reports no error on any page', async () => {
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(distFile(page), page);
      for (const result of report.results) for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(errors.slice(0, 20), `${errors.length} errors`).toEqual([]);
  });

  it('fails a page with an error, so a clean report means something', async () => {
    const report = await validator.validateString('<!doctype html><html lang="zh"><head><title>x</title></head><body><p id="a"></p><p id="a"><div></div></p></body></html>', 'bad.html');
    expect(report.valid).toBe(false);
  });
});
