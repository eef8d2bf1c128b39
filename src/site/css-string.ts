// Text as a CSS string, for a value that reaches a stylesheet or a style attribute (a custom
// property that a rule's `content` shows). Escaped as CSSOM's “serialize a string” does: a
// quote and a backslash get a backslash, control characters their code point in hex; and `<`
// too, so that the string cannot close the <style> element it is written in.

/**
 * A CSS string literal of `text`.
 * @example cssString('Say "hi"') // => '"Say \\"hi\\""'
 */
export function cssString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0) out += '\uFFFD';
    else if (code < 0x20 || code === 0x7f || ch === '<') out += `\\${code.toString(16)} `;
    else if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else out += ch;
  }
  return `"${out}"`;
}
