import { displayText } from '../normalize/views.ts';
import { markdownBlocks } from './source-lines.ts';
import { findWebChrome } from './web-chrome.ts';
import { blockLines, groupParagraphs, type Paragraph } from './paragraphs.ts';
import { findHeading, titleKey } from './headings.ts';
import { buildTree, type DocParagraph, type ParagraphDraft, type Section } from './tree.ts';
import { isUnitsLine } from './units-line.ts';
import type { MappedText } from '../text/mapped-text.ts';

export interface ReadText {
  paragraphs: Paragraph[];
  /** Web-page chrome lines removed from the text (kept so metadata on them can still be read). */
  chrome: MappedText[];
}

/**
 * The paragraphs of a seed: markdown blocks read with remark-parse, web chrome removed, lines
 * cut by PDF extraction joined again.
 */
export function readParagraphs(source: string): ReadText {
  const lines = blockLines(markdownBlocks(source));
  const chromeIndexes = findWebChrome(lines.map((l) => l.analysis));
  return {
    paragraphs: groupParagraphs(lines.filter((_, i) => !chromeIndexes.has(i))),
    chrome: lines.filter((_, i) => chromeIndexes.has(i)).map((l) => l.text),
  };
}

export interface Outline {
  root: Section;
  paragraphs: DocParagraph[];
}

/**
 * Every heading style of the seeds in one tree: markdown #, 一、, （一）/(一), 1. / 1、 / a bare
 * leading digit, —— bullets, a standalone title and short unnumbered labels.
 * `planTitle` is the plan's title, recognized where the text repeats it as a heading.
 */
export function buildOutline(paragraphs: readonly Paragraph[], planTitle: string | null): Outline {
  const planKey = planTitle === null ? null : titleKey(planTitle);
  const drafts: ParagraphDraft[] = paragraphs.map((p, index) => {
    const analysis = p.analysis;
    return {
      index,
      raw: p.raw,
      display: displayText(p.raw),
      analysis,
      units: isUnitsLine(analysis.text),
      heading: findHeading({ text: analysis.text, markdownHeading: p.markdownHeading, boldLead: p.boldLead, planTitleKey: planKey, first: index === 0 }),
    };
  });
  const titles = drafts.filter((d) => d.heading?.kind === 'title');
  const main = titles.findLast((d) => planKey !== null && titleKey(d.analysis.text) === planKey) ?? titles[0];
  return buildTree(drafts, main?.index ?? -1);
}
