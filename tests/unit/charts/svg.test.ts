import { describe, expect, it } from 'vitest';
import { attrs, coord, el, empty, escapeXml } from '../../../src/charts/svg.ts';

describe('escapeXml(text)', () => {
  it('escapes the characters that could open markup or close an attribute', () => {
    expect(escapeXml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  });

  it('leaves Chinese text and signs alone', () => {
    expect(escapeXml('≥ 1.2万名 · 包头市')).toBe('≥ 1.2万名 · 包头市');
  });
});

describe('attrs(record)', () => {
  it('drops missing attributes and escapes values', () => {
    expect(attrs({ class: 'bar', title: 'a"b', lang: undefined, hidden: false, id: null })).toBe(' class="bar" title="a&quot;b"');
  });

  it('writes coordinates with at most two decimals', () => {
    expect(attrs({ x: 1 / 3, y: 2 })).toBe(' x="0.33" y="2"');
    expect(coord(-0.001)).toBe('0');
  });
});

describe('el(tag, attrs, ...children) and empty(tag, attrs)', () => {
  it('nests markup it is given and self-closes empty elements', () => {
    expect(el('g', { class: 'row' }, empty('rect', { width: 10 }), el('text', {}, escapeXml('a<b')))).toBe('<g class="row"><rect width="10"/><text>a&lt;b</text></g>');
  });
});
