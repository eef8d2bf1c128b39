// A record with anchors as the HTML page Pagefind's `index.addHTMLFile` takes: Pagefind makes
// sub-results only from the anchors of HTML, so a plan's targets, one record, are found each at
// its own row. Its metadata and filters are <meta> elements (Pagefind's `name[content]` form),
// the title opens the text as the record's other content does, and each anchor is a section
// titled for its sub-result (`data-pagefind-title`, Pagefind 1.6), whose own text (not that of
// its paragraphs) is the line the result shows beside the title. The tree goes through hast's serializer, which escapes.
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { RecordAnchor, SearchRecord } from './record.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });

/** A <meta> that gives Pagefind a metadata field or a filter value. */
const field = (attribute: 'dataPagefindMeta' | 'dataPagefindFilter', key: string, value: string) => element('meta', { [attribute]: `${key}[content]`, content: value });

const paragraph = (value: string) => element('p', {}, [text(value)]);

function section(anchor: RecordAnchor): Element {
  // The title is an attribute, which Pagefind does not index: it opens the text as well.
  return element('section', { id: anchor.id, dataPagefindTitle: anchor.title }, [paragraph(anchor.title), text(anchor.line), ...anchor.blocks.map(paragraph)]);
}

/**
 * The HTML page of a record with anchors.
 * @example recordHtml({ url: '/plans/p/#target-t1', language: 'en', content: 'Targets', meta: { title: 'Targets' }, filters: {}, anchors: [{ id: 'target-t1', title: 'Volunteers', line: '20,000 people', blocks: [] }] }) // => '<!doctype html><html lang="en">…<section id="target-t1" data-pagefind-title="Volunteers"><p>Volunteers</p>20,000 people</section>…'
 */
export function recordHtml(record: SearchRecord): string {
  const head = [
    ...Object.entries(record.meta).map(([key, value]) => field('dataPagefindMeta', key, value)),
    ...Object.entries(record.filters).flatMap(([key, values]) => values.map((value) => field('dataPagefindFilter', key, value))),
  ];
  const body = [element('h1', {}, [text(record.content)]), ...(record.anchors ?? []).map(section)];
  const tree: Root = {
    type: 'root',
    children: [{ type: 'doctype' }, element('html', { lang: record.language }, [element('head', {}, head), element('body', {}, body)])],
  };
  return toHtml(tree);
}
