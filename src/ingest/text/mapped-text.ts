/**
 * A string that remembers, for every character, the offset it came from in the source text.
 *
 * Every normalization in ingest (joining broken lines, full-width to half-width, restoring a
 * lost dash) works on a MappedText, so that whatever an extractor finds in the normalized text
 * can be traced back to an exact substring of the seed file: that is how each target's `quote`
 * stays a verbatim slice of the seed and each warning names a real line and column.
 */
export class MappedText {
  readonly text: string;
  /** map[i] is the source offset of text[i]; non-decreasing. A typed array: seeds can be huge. */
  readonly map: Int32Array;

  private constructor(text: string, map: Int32Array) {
    this.text = text;
    this.map = map;
  }

  /**
   * The source slice [start, end) as a MappedText.
   * @example MappedText.fromSource('ab\ncd', 3, 5).text // => 'cd'
   */
  static fromSource(source: string, start = 0, end = source.length): MappedText {
    const map = new Int32Array(Math.max(0, end - start));
    for (let i = 0; i < map.length; i++) map[i] = start + i;
    return new MappedText(source.slice(start, end), map);
  }

  static concat(parts: readonly MappedText[]): MappedText {
    const map = new Int32Array(parts.reduce((n, p) => n + p.map.length, 0));
    let at = 0;
    for (const p of parts) {
      map.set(p.map, at);
      at += p.map.length;
    }
    return new MappedText(parts.map((p) => p.text).join(''), map);
  }

  /** Text that exists in no source (a separator, say), placed at source offset `at`. */
  static synthetic(text: string, at: number): MappedText {
    return new MappedText(text, new Int32Array(text.length).fill(at));
  }

  get length(): number {
    return this.text.length;
  }

  /**
   * The same text with every character that still is its source character taken from another
   * text of the same length instead: a text analysed in its Simplified form shows the seed's own
   * (Traditional) characters again. Characters a normalization replaced stay as they are.
   * @example MappedText.fromSource('为国').withSourceOf('為國', '为国').text // => '為國'
   */
  withSourceOf(original: string, analysed: string): MappedText {
    let text = '';
    for (let i = 0; i < this.text.length; i++) {
      const at = this.map[i] ?? 0;
      const ch = this.text[i] ?? '';
      text += ch === analysed[at] ? (original[at] ?? ch) : ch;
    }
    return new MappedText(text, this.map);
  }

  slice(start: number, end = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.map.slice(start, end));
  }

  /**
   * Replaces every match of a global pattern. Replacement characters map to the matched
   * characters position by position; extra ones map to the last matched character, and an
   * insertion (empty match) maps to the character after it.
   * @example MappedText.fromSource('２０２５').replace(/[０-９]/g, (m) => String.fromCharCode(m.charCodeAt(0) - 0xfee0)).text // => '2025'
   */
  replace(pattern: RegExp, replacement: string | ((match: string, ...groups: string[]) => string)): MappedText {
    if (!pattern.global) throw new Error(`MappedText.replace needs a global pattern, got ${pattern}`);
    const edits: Array<{ at: number; length: number; out: string }> = [];
    for (const m of this.text.matchAll(pattern)) {
      const out = typeof replacement === 'string' ? replacement : replacement(m[0], ...m.slice(1));
      if (out !== m[0]) edits.push({ at: m.index, length: m[0].length, out });
    }
    if (edits.length === 0) return this;
    const size = this.text.length + edits.reduce((n, e) => n + e.out.length - e.length, 0);
    const map = new Int32Array(size);
    const pieces: string[] = [];
    let read = 0;
    let write = 0;
    const last = this.map.length - 1;
    for (const e of edits) {
      pieces.push(this.text.slice(read, e.at), e.out);
      map.set(this.map.subarray(read, e.at), write);
      write += e.at - read;
      for (let c = 0; c < e.out.length; c++) {
        // An insertion maps to the character after it; a replacement, character by character.
        const from = e.length === 0 ? Math.min(e.at, last) : e.at + Math.min(c, e.length - 1);
        map[write++] = this.map[from] ?? 0;
      }
      read = e.at + e.length;
    }
    pieces.push(this.text.slice(read));
    map.set(this.map.subarray(read), write);
    return new MappedText(pieces.join(''), map);
  }

  /** Drops leading and trailing white space, ASCII or full-width. */
  trim(): MappedText {
    const start = this.text.search(/[^\s\u3000]/u);
    if (start < 0) return this.slice(0, 0);
    const end = this.text.length - (this.text.match(/[\s\u3000]*$/u)?.[0].length ?? 0);
    return this.slice(start, end);
  }

  /** The source range [start, end) that text[from, to) came from. */
  sourceRange(from = 0, to = this.text.length): [number, number] {
    if (to <= from) {
      const at = this.map[from] ?? this.map[this.map.length - 1] ?? 0;
      return [at, at];
    }
    return [this.map[from] ?? 0, (this.map[to - 1] ?? 0) + 1];
  }
}
