import { describe, expect, it } from 'vitest';
import { standaloneSvg } from '../../../src/charts/standalone.ts';

describe('standaloneSvg(svg, source)', () => {
  const file = standaloneSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>T</title><rect/></svg>', 'https://example.org/charts/x/?a=1&b=2');

  it('is an XML file that carries its own styles before its content', () => {
    expect(file).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 10 10"><style>[^<]+<\/style><title>T<\/title><rect\/>/u);
    expect(file.endsWith('</svg>\n')).toBe(true);
  });

  it('names the page it comes from, escaped', () => {
    expect(file).toContain('<metadata>https://example.org/charts/x/?a=1&amp;b=2</metadata>');
  });
});
