import { describe, expect, it } from 'vitest';
import { escapeMarkup, linksOf, markupLink, parseMarkup, plainText } from '../../../src/translation/markup.ts';

describe('parseMarkup', () => {
  it('cuts markup into plain words and links to figures, activities and bases', () => {
    expect(parseMarkup('By 2025, reach [15%](fig:sx1-p1-t1) at [the museum](venue:zhongwei/kejiguan) on [Science Day](act:quanguo-kepuri).')).toEqual([
      { text: 'By 2025, reach ', link: null },
      { text: '15%', link: { scheme: 'fig', id: 'sx1-p1-t1' } },
      { text: ' at ', link: null },
      { text: 'the museum', link: { scheme: 'venue', id: 'zhongwei/kejiguan' } },
      { text: ' on ', link: null },
      { text: 'Science Day', link: { scheme: 'act', id: 'quanguo-kepuri' } },
      { text: '.', link: null },
    ]);
  });

  it('reads escaped brackets as the characters, never as a link', () => {
    const text = escapeMarkup('[牵头单位：市科协](fig:x)');
    expect(text).toBe('\\[牵头单位：市科协\\](fig:x)');
    expect(parseMarkup(text)).toEqual([{ text: '[牵头单位：市科协](fig:x)', link: null }]);
  });

  it('leaves a link of an unknown kind as text', () => {
    expect(linksOf('[a](http://example.com) [b](js:alert)')).toEqual([]);
  });

  it('round-trips words with brackets inside a link', () => {
    expect(parseMarkup(markupLink('1—2门[注]', 'fig', 'a-t1'))).toEqual([{ text: '1—2门[注]', link: { scheme: 'fig', id: 'a-t1' } }]);
  });
});

describe('linksOf', () => {
  it('lists the links in order', () => {
    expect(linksOf('[4次](fig:a-t1)和[90%以上](fig:a-t2)')).toEqual(['fig:a-t1', 'fig:a-t2']);
  });
});

describe('plainText', () => {
  it('keeps the words of links and drops their targets', () => {
    expect(plainText('at least [four](fig:a-t1) lectures')).toBe('at least four lectures');
  });
});
