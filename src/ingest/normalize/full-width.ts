import type { MappedText } from '../text/mapped-text.ts';

/**
 * Full-width digits, Latin letters and the signs that go with numbers (％ ． ＋ － ～) become their
 * ASCII forms, one character for one, so `２０２５年` and `90％` read like `2025年` and `90%`.
 * @example fullWidthToAscii(MappedText.fromSource('９０％以上')).text // => '90%以上'
 */
export function fullWidthToAscii(text: MappedText): MappedText {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ％．＋－～／]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
