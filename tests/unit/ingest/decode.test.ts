import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../../src/ingest/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeSeed(bytes, file)', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeSeed(utf8('\uFEFF一、总体要求'), 'a.txt')).toEqual({ ok: true, value: { text: '一、总体要求', encoding: 'utf-8' } });
  });

  it('keeps CRLF and CR line ends as they are, so quotes stay exact substrings of the file', () => {
    const r = decodeSeed(utf8('第一行\r\n第二行\r第三行'), 'a.txt');
    expect(r.ok && r.value.text).toBe('第一行\r\n第二行\r第三行');
  });

  it('detects and decodes a GBK file', () => {
    const text = '包头市全民科学素质行动规划纲要实施方案（２０２１—２０２５年）';
    expect(decodeSeed(iconv.encode(text, 'gbk'), 'gbk.txt')).toEqual({ ok: true, value: { text, encoding: 'gb18030' } });
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const bytes = iconv.encode('\uFEFF科普规划', 'utf16-le');
    expect(decodeSeed(bytes, 'u16.txt')).toEqual({ ok: true, value: { text: '科普规划', encoding: 'utf-16le' } });
  });

  it('refuses an empty file, naming it', () => {
    expect(decodeSeed(new Uint8Array(), 'empty.txt')).toEqual({
      ok: false,
      problem: { file: 'empty.txt', line: 1, column: 1, field: 'encoding', message: 'the file is empty', severity: 'error' },
    });
  });

  it('refuses a file of white space only', () => {
    const r = decodeSeed(utf8(' \n\u3000\n'), 'blank.txt');
    expect(!r.ok && r.problem.message).toBe('the file is empty (white space only)');
  });

  it('refuses a binary file and says where the NUL byte is', () => {
    const r = decodeSeed(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'image.txt');
    expect(!r.ok && r.problem.message).toBe('the file looks binary (a NUL byte at offset 4); seeds must be text');
  });

  it('refuses bytes that are neither UTF-8 nor Chinese GB18030', () => {
    const r = decodeSeed(new Uint8Array([0xff, 0x41, 0xfe, 0x80, 0x81, 0x30, 0xc0, 0xaf]), 'odd.txt');
    expect(!r.ok && r.problem.message).toBe('the file is neither UTF-8 nor GB18030/GBK text; save it as UTF-8');
  });
});
