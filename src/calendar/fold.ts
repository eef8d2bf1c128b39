/**
 * RFC 5545 §3.1 folding by octets. The ics package folds at 75 *characters*, so a line of Chinese
 * (3 octets a character) can reach 225 octets; some clients truncate such lines. We unfold its
 * output and fold again at 75 octets, never inside a character.
 */

const MAX_OCTETS = 75;

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  // Continuation lines begin with one space, which counts towards their 75 octets.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/**
 * Refolds an iCalendar text so no content line exceeds 75 octets.
 * @example foldIcs('DESCRIPTION:' + '科'.repeat(30) + '\r\n').split('\r\n')[0].length // => 33 (12 + 21 characters = 75 octets)
 */
export function foldIcs(ics: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return unfolded.split('\r\n').map(foldLine).join('\r\n');
}
