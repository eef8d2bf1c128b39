import { problem, type Problem } from './problems.ts';

export interface Decoded {
  /** The text with any byte-order mark removed; line ends are kept as they are in the file. */
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; problem: Problem };

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/gu;

/**
 * Turns the bytes of a seed file into text. UTF-8 (with or without BOM) and UTF-16 with a BOM are
 * read as such; anything else that is valid GB18030 (which includes GBK and GB2312) and reads as
 * Chinese is taken as GB18030, the encoding of many official files. Empty, binary and
 * undecodable files are refused with the reason.
 * @example decodeSeed(new TextEncoder().encode('\uFEFF科普'), 'a.txt') // => { ok: true, value: { text: '科普', encoding: 'utf-8' } }
 */
export function decodeSeed(bytes: Uint8Array, file: string): DecodeResult {
  const fail = (message: string): DecodeResult => ({
    ok: false,
    problem: problem(file, { line: 1, column: 1 }, 'encoding', message, 'error'),
  });
  if (bytes.length === 0) return fail('the file is empty');

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');

  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(`the file looks binary (a NUL byte at offset ${nul}); seeds must be text`);

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf8 = tryDecode('utf-8', hasBom ? bytes.subarray(3) : bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8');

  const gb = tryDecode('gb18030', bytes);
  if (gb !== null && looksChinese(gb)) return finish(gb, 'gb18030');
  return fail('the file is neither UTF-8 nor GB18030/GBK text; save it as UTF-8');

  function finish(text: string, encoding: Decoded['encoding']): DecodeResult {
    if (text.trim().replace(/\u3000/g, '') === '') return fail('the file is empty (white space only)');
    const control = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
    if (control > Math.max(2, text.length / 100)) {
      return fail(`the file looks binary (${control} control characters); seeds must be text`);
    }
    return { ok: true, value: { text, encoding } };
  }
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** GB18030 decodes most byte soup without error, so also ask that the result read as Chinese. */
function looksChinese(text: string): boolean {
  const nonAscii = text.match(/[^\u0000-\u007f]/gu)?.length ?? 0;
  if (nonAscii === 0) return true;
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk / nonAscii > 0.9;
}
