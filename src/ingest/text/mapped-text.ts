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
  /** map[i] is the source offset of text[i]; non-decreasing. */
  readonly map: readonly number[];

  private constructor(text: string, map: readonly number[]) {
    this.text = text;
    this.map = map;
  }

  /**
   * The source slice [start, end) as a MappedText.
   * @example MappedText.fromSource('ab\ncd', 3, 5).text // => 'cd'
   */
  static fromSource(source: string, start = 0, end = source.length): MappedText {
    const map: number[] = [];
    for (let i = start; i < end; i++) map.push(i);
    return new MappedText(source.slice(start, end), map);
  }

  static concat(parts: readonly MappedText[]): MappedText {
    return new MappedText(
      parts.map((p) => p.text).join(''),
      parts.flatMap((p) => p.map),
    );
  }

  /** Text that exists in no source (a separator, say), placed at source offset `at`. */
  static synthetic(text: string, at: number): MappedText {
    return new MappedText(text, Array.from(text, () => at));
  }

  get length(): number {
    return this.text.length;
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
    let text = '';
    const map: number[] = [];
    let last = 0;
    for (const m of this.text.matchAll(pattern)) {
      const at = m.index;
      text += this.text.slice(last, at);
      map.push(...this.map.slice(last, at));
      const out = typeof replacement === 'string' ? replacement : replacement(m[0], ...m.slice(1));
      const anchor = this.map[Math.min(at, this.map.length - 1)] ?? 0;
      for (let k = 0; k < out.length; k++) {
        const from = m[0].length === 0 ? anchor : this.map[at + Math.min(k, m[0].length - 1)];
        map.push(from ?? anchor);
      }
      text += out;
      last = at + m[0].length;
    }
    text += this.text.slice(last);
    map.push(...this.map.slice(last));
    return new MappedText(text, map);
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
