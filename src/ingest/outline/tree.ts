import type { MappedText } from '../text/mapped-text.ts';
import type { Heading } from './headings.ts';

/** A paragraph of the plan, placed in the outline, with the anchor its page gives it. */
export interface DocParagraph {
  index: number;
  /** Stable id from the outline numbering: `s3-2-1` for 三、（二）1., `s3-2-p4` for a paragraph in （二）. */
  anchor: string;
  raw: MappedText;
  display: MappedText;
  analysis: MappedText;
  heading: Heading | null;
  units: boolean;
  /** The innermost section this paragraph belongs to (its own, for a heading). */
  section: Section;
}

export interface Section {
  anchor: string;
  heading: Heading | null;
  /** The heading paragraph; null for the document root. */
  paragraph: DocParagraph | null;
  parent: Section | null;
  children: Section[];
  /** Paragraphs directly in this section (not in a child), heading paragraph first. */
  paragraphs: DocParagraph[];
}

export type ParagraphDraft = Omit<DocParagraph, 'anchor' | 'section'>;

/**
 * Nests paragraphs under their headings by rank (title < chapter < section < item < sub-item):
 * a heading closes every open heading of the same or a deeper rank. Anchors follow the
 * numbering, so editing one paragraph does not move the anchors of the others.
 * @example for 一、 / （一） / 1. / text, the anchors are s1, s1-1, s1-1-1, s1-1-1-p1
 */
export function buildTree(drafts: readonly ParagraphDraft[], mainTitleIndex: number): { root: Section; paragraphs: DocParagraph[] } {
  const root: Section = { anchor: '', heading: null, paragraph: null, parent: null, children: [], paragraphs: [] };
  const used = new Set<string>();
  const unique = (a: string): string => {
    let id = a;
    for (let n = 2; used.has(id); n++) id = `${a}-${n}`;
    used.add(id);
    return id;
  };
  const stack: Section[] = [root];
  const paragraphs: DocParagraph[] = [];
  // Plain paragraphs counted per section, for their anchors (`s3-2-p4`).
  const counts = new Map<Section, number>();
  let titles = 0;

  for (const d of drafts) {
    const h = d.heading;
    if (h) {
      while (stack.length > 1 && (stack.at(-1)?.heading?.rank ?? -1) >= h.rank) stack.pop();
      const parent = stack.at(-1) ?? root;
      const section: Section = { anchor: '', heading: h, paragraph: null, parent, children: [], paragraphs: [] };
      if (h.kind === 'title') titles++;
      const beforeMain = mainTitleIndex >= 0 && d.index < mainTitleIndex;
      section.anchor = unique(sectionAnchor(parent, section, d.index === mainTitleIndex, titles, beforeMain));
      const p: DocParagraph = { ...d, anchor: section.anchor, section };
      section.paragraph = p;
      section.paragraphs.push(p);
      parent.children.push(section);
      stack.push(section);
      paragraphs.push(p);
      continue;
    }
    const section = stack.at(-1) ?? root;
    const n = (counts.get(section) ?? 0) + 1;
    counts.set(section, n);
    const prefix = section.anchor === '' ? '' : `${section.anchor}-`;
    const p: DocParagraph = { ...d, anchor: unique(`${prefix}p${n}`), section };
    section.paragraphs.push(p);
    paragraphs.push(p);
  }
  return { root, paragraphs };
}

function sectionAnchor(parent: Section, s: Section, isMainTitle: boolean, titleNumber: number, beforeMain: boolean): string {
  const h = s.heading;
  if (!h) return '';
  if (h.kind === 'title') return isMainTitle ? 'title' : `t${titleNumber}`;
  const siblings = parent.children.filter((c) => c.heading?.kind === h.kind).length + 1;
  const step = h.ordinal !== null ? String(h.ordinal) : `${h.kind === 'bullet' ? 'b' : 'x'}${siblings}`;
  // Chapters of the plan itself read `s3`; those of a covering notice before it read `n1`, or
  // carry the notice title's anchor as prefix.
  const base = parent.anchor === 'title' || (parent.anchor === '' && !beforeMain) ? 's' : parent.anchor === '' ? 'n' : `${parent.anchor}-`;
  return `${base}${step}`;
}

/** Every paragraph of a section and its subsections, in document order. */
export function subtreeParagraphs(section: Section): DocParagraph[] {
  const out: DocParagraph[] = [];
  const visit = (s: Section): void => {
    // A section's own paragraphs come before its first child section in the text.
    const firstChild = s.children[0]?.paragraph?.index ?? Infinity;
    out.push(...s.paragraphs.filter((p) => p.index < firstChild));
    for (const c of s.children) visit(c);
    out.push(...s.paragraphs.filter((p) => p.index > firstChild));
  };
  visit(section);
  return out.sort((a, b) => a.index - b.index);
}

/** All sections below a root, depth first. */
export function allSections(root: Section): Section[] {
  return root.children.flatMap((c) => [c, ...allSections(c)]);
}
