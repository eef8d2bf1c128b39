// The outer <svg> of every chart: size, title and description. The title names the chart and the
// description states its numbers in words.
//
// Why role="group" rather than role="img": every bar and point is a link to its source sentence,
// and ARIA makes the children of an `img` presentational, so screen readers would lose those
// links (while they still take keyboard focus). A group keeps them, named by <title> and
// described by <desc>.
import { el, escapeXml } from './svg.ts';

export interface Frame {
  /** Unique on the page: ids of the title and description derive from it. */
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
}

/**
 * An inline SVG document around `body`, labelled by its <title> and described by its <desc>.
 * @example chartSvg({ id: 'c', title: 'T', description: 'D', width: 10, height: 10 }, '')
 * // => '<svg … role="group" aria-labelledby="c-title" aria-describedby="c-desc"><title id="c-title">T</title><desc id="c-desc">D</desc></svg>'
 */
export function chartSvg(f: Frame, body: string): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      id: f.id,
      class: 'chart-svg',
      viewBox: `0 0 ${Math.round(f.width)} ${Math.round(f.height)}`,
      width: Math.round(f.width),
      height: Math.round(f.height),
      role: 'group',
      'aria-labelledby': `${f.id}-title`,
      'aria-describedby': `${f.id}-desc`,
    },
    el('title', { id: `${f.id}-title` }, escapeXml(f.title)),
    el('desc', { id: `${f.id}-desc` }, escapeXml(f.description)),
    body,
  );
}

/**
 * A link around a mark, named for screen readers, with a native tooltip (the SVG <title>), so
 * hovering shows the figure without any script.
 * @example linkedMark({ href: '/p/#s1', name: 'Baotou: 15%' }, '<rect/>')
 * // => '<a href="/p/#s1" class="mark" aria-label="Baotou: 15%"><title>Baotou: 15%</title><rect/></a>'
 */
export function linkedMark(link: { href: string; name: string; lang?: string | undefined }, mark: string): string {
  return el('a', { href: link.href, class: 'mark', 'aria-label': link.name, lang: link.lang }, el('title', {}, escapeXml(link.name)), mark);
}
