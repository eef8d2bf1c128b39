// A chart as a file of its own (the SVG download): the inline SVG styles itself with the page's
// stylesheet, which a file opened elsewhere does not have, so the file carries its own styles,
// in the light scheme, and says which font to use.
import { escapeXml } from './svg.ts';

const STYLE = [
  'svg{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:12px;background:#fff}',
  'text{fill:#1b1d1f}',
  'text.tick,tspan.year,text.year,tspan.sub{fill:#5b6168}',
  '.grid{stroke:#d9dcd8}',
  '.axis .domain,.axis line:not(.grid){stroke:#5b6168}',
  '.bar-a{fill:#9bb7d8}.bar-b{fill:#0b5cad}',
  '.point.baseline{fill:#fff;stroke:#b35c00;stroke-width:2.5}',
  '.point.target{fill:transparent}',
  '.target-mark{fill:#0b5cad}',
  '.trend{stroke:#5b6168;stroke-width:2}.trend-head{fill:#5b6168}',
].join('');

/**
 * The file form of an inline chart: an XML declaration, the styles, and a note of its source.
 * @example standaloneSvg('<svg xmlns="http://www.w3.org/2000/svg"><title>T</title></svg>', 'https://example.org/charts/x/')
 * // => '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><style>…</style><title>T</title>…</svg>\n'
 */
export function standaloneSvg(svg: string, source: string): string {
  const open = svg.indexOf('>') + 1;
  const close = svg.lastIndexOf('</svg>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.slice(0, open)}<style>${STYLE}</style>${svg.slice(open, close)}<metadata>${escapeXml(source)}</metadata></svg>\n`;
}
