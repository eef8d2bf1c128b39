import { describe, expect, it } from 'vitest';
import { anchorsOf, checkLinks, elements, fileOf, foreignResources, pageUrl } from '../../../src/checks/link-check.ts';

const files = new Set(['index.html', 'plans/x/index.html', 'en/plans/x/index.html', 'data/plans.json', '_astro/a.css', '404.html']);
const plan = '<h1 id="title">x</h1><p id="s1-p1">a</p><tr id="target-t1"></tr>';

function check(html: string, page = 'index.html') {
  return checkLinks(new Map([[page, html], ['plans/x/index.html', plan]]), files, { origin: 'http://localhost:4321' });
}

describe('checkLinks', () => {
  it('accepts links to pages, files and anchors that exist', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><a href="/plans/x/">p</a><a href="/plans/x/#s1-p1">s</a><a href="/data/plans.json">d</a><a href="#top">t</a><p id="top"></p>';
    expect(check(html)).toEqual([]);
  });

  it('reports a page that does not exist', () => {
    expect(check('<a href="/plans/y/">y</a>')).toEqual([{ page: 'index.html', href: '/plans/y/', reason: 'missing-file' }]);
  });

  it('reports an anchor missing on another page and on the same page', () => {
    const broken = check('<a href="/plans/x/#s9">a</a><a href="#nowhere">b</a>');
    expect(broken.map((b) => [b.href, b.reason])).toEqual([
      ['/plans/x/#s9', 'missing-anchor'],
      ['#nowhere', 'missing-anchor'],
    ]);
  });

  it('resolves links relative to the page they are on', () => {
    expect(check('<a href="../../../plans/x/#title">x</a><a href="../y/">y</a>', 'en/plans/x/index.html').map((b) => b.href)).toEqual(['../y/']);
  });

  it('checks absolute links to the site itself but not to other hosts', () => {
    const html = '<link rel="canonical" href="http://localhost:4321/plans/z/"><a href="https://github.com/x">gh</a><a href="mailto:a@b.c">m</a>';
    expect(check(html).map((b) => b.href)).toEqual(['http://localhost:4321/plans/z/']);
  });

  it('decodes entities and percent-escapes before looking a link up', () => {
    expect(check('<a href="/plans/x/#s1-p1?x=1&amp;y=2">a</a><a href="/plans/%78/">b</a>')).toEqual([{ page: 'index.html', href: '/plans/x/#s1-p1?x=1&y=2', reason: 'missing-anchor' }]);
  });

  it('ignores links inside scripts, styles and comments', () => {
    expect(check('<script>const a = "<a href=\'/gone/\'>";</script><!-- <a href="/gone/"> --><style>a[href="/gone/"]{}</style>')).toEqual([]);
  });
});

describe('helpers of checkLinks', () => {
  it('collects ids and anchor names', () => {
    expect(anchorsOf(`<p id='a'></p><a name="b"></a><div data-id="c"></div>`)).toEqual(new Set(['a', 'b']));
  });

  it('decodes each character reference of an attribute once, numeric and named alike', () => {
    const [a] = [...elements('<a title="&#x4E2D;&#25991; &quot;&#39;&LT;&amp;lt;" href="/x">')];
    expect(a).toEqual({ tag: 'a', attrs: { title: '中文 "\'<&lt;', href: '/x' } });
  });

  it('maps files to URLs and URLs back to files', () => {
    expect(pageUrl('en/plans/x/index.html')).toBe('/en/plans/x/');
    expect(pageUrl('index.html')).toBe('/');
    expect(fileOf('/', files)).toBe('index.html');
    expect(fileOf('/en/plans/x', files)).toBe('en/plans/x/index.html');
    expect(fileOf('/nope/', files)).toBeNull();
  });
});

describe('foreignResources', () => {
  it('finds scripts, styles, fonts and images loaded from other hosts', () => {
    const html = [
      '<script src="https://cdn.example/a.js"></script>',
      '<link rel="stylesheet" href="https://fonts.example/css">',
      '<link rel="preload" as="font" href="//fonts.example/f.woff2">',
      '<img src="https://img.example/i.png" srcset="/local.png 1x, https://img.example/2.png 2x">',
      '<style>@font-face { src: url("https://fonts.example/f.woff2") } @import "https://x.example/y.css";</style>',
    ].join('');
    expect(foreignResources(html, 'http://localhost:4321')).toEqual([
      'https://cdn.example/a.js',
      'https://fonts.example/css',
      '//fonts.example/f.woff2',
      'https://img.example/i.png',
      'https://img.example/2.png',
      'https://fonts.example/f.woff2',
      'https://x.example/y.css',
    ]);
  });

  it('allows the site’s own files and plain links to other sites', () => {
    const html = '<script src="/_astro/a.js"></script><link rel="canonical" href="https://elsewhere.example/"><a href="https://github.com/">gh</a><img src="http://localhost:4321/i.png">';
    expect(foreignResources(html, 'http://localhost:4321')).toEqual([]);
  });
});
