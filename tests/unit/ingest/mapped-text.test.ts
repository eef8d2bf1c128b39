import { describe, expect, it } from 'vitest';
import { MappedText } from '../../../src/ingest/text/mapped-text.ts';
import { locator } from '../../../src/ingest/text/positions.ts';

describe('MappedText.replace(pattern, replacement)', () => {
  it('keeps every character traceable to its source offset when replacing one for one', () => {
    const t = MappedText.fromSource('ab９０％cd', 0).replace(/[０-９％]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    expect(t.text).toBe('ab90%cd');
    expect([...t.map]).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('maps an inserted character to the character after it', () => {
    const t = MappedText.fromSource('20212025年').replace(/(?<=2021)(?=2025)/gu, '—');
    expect(t.text).toBe('2021—2025年');
    expect(t.sourceRange(0, t.length)).toEqual([0, 9]);
    expect(t.map[4]).toBe(4);
  });

  it('drops removed characters so a range still covers the whole source stretch', () => {
    const source = '总书 记重要';
    const t = MappedText.fromSource(source).replace(/ /gu, '');
    expect(t.text).toBe('总书记重要');
    const [a, b] = t.sourceRange(1, 3);
    expect(source.slice(a, b)).toBe('书 记');
  });

  it('refuses a pattern that is not global, since it would replace only once', () => {
    expect(() => MappedText.fromSource('a').replace(/a/u, 'b')).toThrow(/global/u);
  });
});

describe('MappedText.trim()', () => {
  it('drops ASCII and full-width spaces at both ends', () => {
    expect(MappedText.fromSource('\u3000\u3000正文 ').trim().text).toBe('正文');
  });
});

describe('locator(source)', () => {
  it('gives 1-based lines and columns across LF, CRLF and CR line ends', () => {
    const at = locator('a\r\nbc\rd\ne');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 2 });
    expect(at(6)).toEqual({ line: 3, column: 1 });
    expect(at(8)).toEqual({ line: 4, column: 1 });
  });
});
