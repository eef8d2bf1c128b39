// The text of staff-written MDX prose (news), paragraph by paragraph: what its page shows,
// without markup, import lines or JSX expressions.
import type { RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

function textOf(node: RootContent): string {
  if (node.type === 'html' || node.type === 'code' || node.type === 'image') return '';
  if ('value' in node) return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '';
}

/**
 * The paragraphs of a prose body as plain text.
 * @example proseText('今年**全国科普日**在9月。\n\n详见[通知](https://example.org)。') // => ['今年全国科普日在9月。', '详见通知。']
 */
export function proseText(body: string): string[] {
  return parser
    .parse(body)
    .children.map((block) => textOf(block).trim())
    .filter((text) => text !== '' && !/^(import|export)\s/u.test(text));
}
