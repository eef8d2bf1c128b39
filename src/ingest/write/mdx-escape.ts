// Characters that MDX or markdown could read as syntax inside a paragraph: JSX and expressions
// (< > { }), emphasis and code (* _ `), links, references and autolinks ([ ] ! : @), headings (#),
// escapes (\), entities (&), strike-through and tables (~ |). Each becomes a character reference,
// which renders as the character itself and is never syntax.
const SYNTAX = /[&<>{}*_`#[\]\\~|:@!]/gu;

/**
 * Seed text as MDX text that renders exactly these characters, never markup.
 * @example escapeMdx('<script>{x}</script> *a* 5%') // => '&#60;script&#62;&#123;x&#125;&#60;/script&#62; &#42;a&#42; 5%'
 */
export function escapeMdx(text: string): string {
  return text
    .replace(SYNTAX, (c) => `&#${c.codePointAt(0)};`)
    // A bare www. would become a link under GFM's autolink literals.
    .replace(/(?<=www)\./giu, '&#46;')
    .replace(/[\r\n]+/gu, ' ');
}

/**
 * A string as a JSX attribute value in double quotes.
 * @example jsxAttr('a"b') // => '"a&quot;b"'
 */
export function jsxAttr(value: string): string {
  return `"${value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;')}"`;
}
