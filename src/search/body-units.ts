// The text of a generated plan, action or project body, unit by unit: what its page shows in
// Chinese, read from the MDX ingest wrote (`<Heading id="…">…</Heading>`, `<Para id="…">…</Para>`)
// with remark, which also decodes the character references and escapes ingest wrote.
import type { Html, Paragraph, PhrasingContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One heading or paragraph of a body: its anchor and its Chinese text. */
export interface BodyUnit {
  id: string;
  text: string;
}

const OPENING = /^<(?:Heading|Para)\s[^>]*\bid="([^"]+)"/u;
const parser = unified().use(remarkParse);

function textOf(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n && n.type !== 'html' ? n.value : 'children' in n ? textOf(n.children) : '')).join('');
}

// By the entry itself: a dev server that reloads content gets new entries, never stale units.
const parsed = new WeakMap<object, BodyUnit[]>();

/**
 * bodyUnits of an entry's body, parsed once per build: a plan's records in both languages, and
 * its actions' and projects', read the same bodies.
 * @example entryUnits({ body: '<Para id="p1">正文</Para>' }) // => [{ id: 'p1', text: '正文' }]
 */
export function entryUnits(entry: { body?: string }): BodyUnit[] {
  let units = parsed.get(entry);
  if (!units) parsed.set(entry, (units = bodyUnits(entry.body ?? '')));
  return units;
}

/**
 * The units of an MDX body in order; blocks that are not a unit are left out.
 * @example bodyUnits('<Para id="s1-p1"><Lead>（一）</Lead>建设科技馆&#58;</Para>') // => [{ id: 's1-p1', text: '（一）建设科技馆:' }]
 */
export function bodyUnits(body: string): BodyUnit[] {
  const tree = parser.parse(body);
  return tree.children.flatMap((block) => {
    if (block.type !== 'paragraph') return [];
    const first = (block as Paragraph).children[0];
    const id = first?.type === 'html' ? OPENING.exec((first as Html).value)?.[1] : undefined;
    return id === undefined ? [] : [{ id, text: textOf((block as Paragraph).children).trim() }];
  });
}
