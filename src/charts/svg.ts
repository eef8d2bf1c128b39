// Building blocks for SVG markup as strings: the charts are rendered at build time and inlined
// into the page, so every piece of text that comes from content passes through here, escaped.

export type AttrValue = string | number | null | undefined | false;

/**
 * Text made safe for element content and double-quoted attribute values (HTML and SVG alike).
 * @example escapeXml('<a & "b">') // => '&lt;a &amp; &quot;b&quot;&gt;'
 */
export function escapeXml(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');
}

/**
 * A number for coordinates: at most two decimals, so the markup is short and the same on every build.
 * @example coord(12.3456) // => '12.35'
 */
export function coord(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * Attributes as markup, escaped; null, undefined and false leave the attribute out.
 * @example attrs({ x: 1.234, class: 'bar', hidden: false }) // => ' x="1.23" class="bar"'
 */
export function attrs(a: Readonly<Record<string, AttrValue>>): string {
  return Object.entries(a)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined && entry[1] !== false)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? coord(v) : escapeXml(v)}"`)
    .join('');
}

/**
 * An element; `children` are markup already (use escapeXml for text).
 * @example el('text', { x: 0 }, escapeXml('a<b')) // => '<text x="0">a&lt;b</text>'
 */
export function el(tag: string, a: Readonly<Record<string, AttrValue>>, ...children: string[]): string {
  return `<${tag}${attrs(a)}>${children.join('')}</${tag}>`;
}

/**
 * An element without children, self-closed (valid inside inline SVG in HTML).
 * @example empty('circle', { r: 4 }) // => '<circle r="4"/>'
 */
export function empty(tag: string, a: Readonly<Record<string, AttrValue>>): string {
  return `<${tag}${attrs(a)}/>`;
}
