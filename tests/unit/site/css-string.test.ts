import { describe, expect, it } from 'vitest';
import { cssString } from '../../../src/site/css-string.ts';

describe('cssString', () => {
  it('quotes a column name as it is', () => {
    expect(cssString('城市')).toBe('"城市"');
  });

  it('escapes quotes, backslashes and control characters, so the text cannot end the string or the rule', () => {
    expect(cssString('a"b\\c\nd;}')).toBe('"a\\"b\\\\c\\a d;}"');
  });

  it('escapes <, so the string cannot close the style element it is in', () => {
    expect(cssString('</style>')).toBe('"\\3c /style>"');
  });

  it('replaces a NUL character, which CSS does not allow', () => {
    expect(cssString('a\u0000b')).toBe('"a\uFFFDb"');
  });
});
