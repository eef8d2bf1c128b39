// The one inline format of translation units, Chinese and English alike: plain text in which a
// link to a target figure, an activity day or a base is written `[words](fig:sx1-p1-t1)`.
// Translators keep every link of the Chinese and put it on the English words that say the same,
// so a figure in the English text still links to its target.

/** What a link points at: a target of the plan (local id), an activity (key), a base (id). */
export type LinkScheme = 'fig' | 'act' | 'venue';

export type MarkupPiece = { text: string; link: null } | { text: string; link: { scheme: LinkScheme; id: string } };

const LINK = /\[((?:\\.|[^\\\]])*)\]\((fig|act|venue):([a-z0-9][a-z0-9/-]*)\)/gu;

/**
 * Plain text with `\`, `[` and `]` escaped, so that it can never read as a link.
 * @example escapeMarkup('见[附件]') // => '见\\[附件\\]'
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[\\[\]]/gu, (c) => `\\${c}`);
}

/**
 * A link in markup.
 * @example markupLink('15%', 'fig', 'sx1-p1-t1') // => '[15%](fig:sx1-p1-t1)'
 */
export function markupLink(words: string, scheme: LinkScheme, id: string): string {
  return `[${escapeMarkup(words)}](${scheme}:${id})`;
}

/**
 * Markup cut into plain and linked pieces, escapes undone.
 * @example parseMarkup('reach [15%](fig:sx1-p1-t1).') // => [{ text: 'reach ', link: null }, { text: '15%', link: { scheme: 'fig', id: 'sx1-p1-t1' } }, { text: '.', link: null }]
 */
export function parseMarkup(markup: string): MarkupPiece[] {
  const out: MarkupPiece[] = [];
  let at = 0;
  for (const m of markup.matchAll(LINK)) {
    if (m.index > at) out.push({ text: unescape(markup.slice(at, m.index)), link: null });
    out.push({ text: unescape(m[1] ?? ''), link: { scheme: m[2] as LinkScheme, id: m[3] ?? '' } });
    at = m.index + m[0].length;
  }
  if (at < markup.length) out.push({ text: unescape(markup.slice(at)), link: null });
  return out;
}

/**
 * The links of a piece of markup, as `scheme:id`, in order.
 * @example linksOf('[15%](fig:sx1-p1-t1) and [科普日](act:quanguo-kepuri)') // => ['fig:sx1-p1-t1', 'act:quanguo-kepuri']
 */
export function linksOf(markup: string): string[] {
  return parseMarkup(markup).flatMap((p) => (p.link ? [`${p.link.scheme}:${p.link.id}`] : []));
}

/**
 * The words of markup without its links' targets.
 * @example plainText('reach [15%](fig:sx1-p1-t1)') // => 'reach 15%'
 */
export function plainText(markup: string): string {
  return parseMarkup(markup).map((p) => p.text).join('');
}

function unescape(text: string): string {
  return text.replace(/\\([\\[\]])/gu, '$1');
}
