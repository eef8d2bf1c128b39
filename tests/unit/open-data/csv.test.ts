import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/open-data/csv.ts';

describe('csvCell(value)', () => {
  it('makes text that would start a spreadsheet formula inert with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","点击")')).toBe('"\'=HYPERLINK(""http://evil.example"",""点击"")"');
    expect(['+1', '-1+2', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'+1", "'-1+2", "'@SUM(A1)", "'\tx", '"\'\rx"']);
  });

  it('writes numbers as numbers, negative ones too, and leaves ordinary text alone', () => {
    expect([-5, 12000, 0.5, null, true].map(csvCell)).toEqual(['-5', '12000', '0.5', '', 'true']);
    expect(csvCell('“十四五”期间全市科技志愿者达到2万人。')).toBe('“十四五”期间全市科技志愿者达到2万人。');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('quotes a comma, a quotation mark and a line break (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });
});

describe('toCsv(rows)', () => {
  it('writes a byte-order mark, the first row’s keys as header and CRLF line ends', () => {
    expect(toCsv([{ id: 'p/t1', value: -3, quote: '=1+1' }])).toBe("\uFEFFid,value,quote\r\np/t1,-3,'=1+1\r\n");
  });
});
