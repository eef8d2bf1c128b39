import { createHash } from 'node:crypto';
import type { Catalogs } from './catalogs.ts';
import { decodeSeed } from './decode.ts';
import { detectScript, toSimplified, type Script } from './normalize/script.ts';
import { findActivities, type ActivityMention } from './extract/find-activities.ts';
import { findBases, type BaseDraft } from './extract/find-bases.ts';
import { actionGroupWord, findSections, type SectionDraft } from './extract/find-sections.ts';
import { findTitle } from './extract/find-title.ts';
import { findPageMetadata } from './extract/metadata.ts';
import type { CommentWindow } from './extract/find-comment-window.ts';
import type { Period } from './extract/find-period.ts';
import type { PlanPlace } from './places/resolve-place.ts';
import { planIdentity } from './plan-identity.ts';
import { findTargets, type TargetDraft } from './extract/targets/find-targets.ts';
import { buildOutline, readParagraphs, type Outline } from './outline/read-outline.ts';
import { titleKey } from './outline/headings.ts';
import { subtreeParagraphs, type DocParagraph } from './outline/tree.ts';
import { problem, type Problem } from './problems.ts';
import { pinyinSlug } from './slug.ts';
import { doubtfulFigure } from '../schemas/catalog/metric.ts';
import type { AppliedCorrection, PlanCorrectionEntry } from '../schemas/applied-correction.ts';
import { locator, type Point } from './text/positions.ts';

/** Everything ingest reads from one seed. */
export interface PlanRecord {
  file: string;
  sha256: string;
  /** The decoded text; every quote is a substring of it. */
  source: string;
  /** The characters the seed is written in; a Traditional text is analysed in Simplified. */
  script: Script;
  at: (offset: number) => Point;
  slug: string;
  title: string;
  kind: 'kepu-plan' | 'literacy-plan';
  draft: boolean;
  /** The place the plan is for: a province, city, county or district (its key and name). */
  city: { key: string; zh: string };
  province: string | null;
  /** The city (or province) a county-level place belongs to; null for a province or city. */
  parent: string | null;
  level: PlanPlace['level'];
  /** The place's GB/T 2260 code. */
  placeCode: string | null;
  docNumber: string | null;
  issued: string | null;
  issuer: string | null;
  webPublished: string | null;
  /** The years the plan covers, as its title or opening states them; null when neither does. */
  period: Period | null;
  comment: CommentWindow | null;
  outline: Outline;
  sections: Array<SectionDraft & { localId: string; groupKey: string | null; themeKey: string | null; paragraphs: DocParagraph[]; correction?: AppliedCorrection }>;
  targets: TargetDraft[];
  bases: BaseDraft[];
  activities: ActivityMention[];
  warnings: Problem[];
  /** The staff corrections applied to the plan (content/corrections/<slug>/), in file order. */
  corrections: PlanCorrectionEntry[];
  /** A correction of the plan's own metadata (title, document number, dates, period, status). */
  metadataCorrection?: AppliedCorrection;
}

export type SeedResult = { ok: true; plan: PlanRecord } | { ok: false; problems: Problem[] };

/**
 * Reads one seed file into a plan: decode, normalize, outline, extract. Never throws on bad
 * text: an unreadable file is an error naming the file and why; doubts are warnings with a line.
 */
export function readSeed(file: string, bytes: Uint8Array, catalogs: Catalogs): SeedResult {
  const decoded = decodeSeed(bytes, file);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const original = decoded.value.text;
  // A saved web page is markup around the plan, with scripts and menus: the plan is its text.
  if (/^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml)/iu.test(original)) {
    return { ok: false, problems: [problem(file, { line: 1, column: 1 }, 'format', 'the file is a web page (HTML) or XML, not the plan’s text: open the page in a browser, copy the plan’s text and save that as the seed', 'error')] };
  }
  // A Traditional text is read in its Simplified form, offset for offset; pages and quotes keep
  // the characters as written (`original`).
  const script = detectScript(original);
  const source = script === 'traditional' ? toSimplified(original) : original;
  const at = locator(source);
  const warnings: Problem[] = [];
  const warn = (offset: number, field: string, message: string) => warnings.push(problem(file, at(offset), field, message));

  const { paragraphs, chrome } = readParagraphs(source);
  const texts = paragraphs.map((p) => p.analysis.text);
  const metadata = findPageMetadata([...chrome, ...paragraphs.slice(0, 12).map((p) => p.raw)]);
  const found = findTitle(texts, metadata);
  // Without a title, the first words of the text stand in (up to its first stop or comma).
  const title = found?.title ?? texts[0]?.split(/[，。；！？]/u)[0]?.slice(0, 40) ?? file;
  if (!found) warn(paragraphs[0]?.raw.map[0] ?? 0, 'title', 'no title found; the first words of the text stand in for it');

  const outline = buildOutline(paragraphs, title);
  if (script === 'traditional') for (const p of outline.paragraphs) p.display = p.display.withSourceOf(original, source);
  if (!outline.paragraphs.some((p) => p.heading && p.heading.kind !== 'title')) {
    warn(0, 'outline', 'no numbered headings found; the plan is kept as one block of text');
  }
  for (const p of outline.paragraphs) {
    if (p.heading?.guessed) warn(p.raw.map[0] ?? 0, 'outline', `the end of the heading "${p.heading.title}" was guessed: the stop after it is missing`);
  }

  // What is read from the title (place, kind, period) is reported at the line the title is on.
  const titleAt = paragraphs[0]?.raw.map[0] ?? 0;
  if (!outline.paragraphs.some((p) => p.anchor !== 'title')) {
    return { ok: false, problems: [problem(file, at(titleAt), 'text', `the file has only a title ("${title}") and no text of a plan after it: is it cut off?`, 'error')] };
  }
  const identity = planIdentity({ title, found, texts, outline, metadata, cities: catalogs.cities, warn: (field, message) => warn(titleAt, field, message) });
  if ('error' in identity) return { ok: false, problems: [problem(file, at(titleAt), 'city', identity.error, 'error')] };
  const { place } = identity;

  const sections = findSections(outline.root).map((s) => {
    const groupWord = s.kind === 'action' ? actionGroupWord(s.name) : null;
    const groupKey = groupWord ? catalogs.groups.find((g) => g.aliases_zh.includes(groupWord))?.key ?? null : null;
    const themeKey = s.kind === 'project' ? catalogs.themes.find((t) => t.match_zh.includes(s.name))?.key ?? null : null;
    if (s.kind === 'project' && !themeKey) warn(offsetOf(s.section.paragraph), 'project', `project "${s.name}" matches no theme in content/catalog/project-themes.yaml`);
    const localId = (s.kind === 'action' ? groupKey : themeKey) ?? pinyinSlug(s.name.replace(/(科学素质提升行动|工程)$/u, ''));
    return { ...s, localId, groupKey, themeKey, paragraphs: subtreeParagraphs(s.section) };
  });
  if (sections.length === 0) {
    warn(0, 'sections', 'no improvement actions (提升行动) or key projects (重点工程) found: the text may be only the opening of the plan; its page shows what there is');
  }
  const groupOf = (p: DocParagraph): string | null => {
    for (let s: DocParagraph['section'] | null = p.section; s; s = s.parent) {
      const action = sections.find((a) => a.kind === 'action' && a.section === s);
      if (action) return action.groupKey;
    }
    return null;
  };
  const targets = findTargets(outline.paragraphs, { period: identity.frame, metrics: catalogs.metrics, actionGroup: groupOf });
  for (const t of targets) {
    if (doubtfulFigure({ kind: t.kind, value: t.value, metric_key: t.metricKey }, catalogs.metrics)) {
      const min = catalogs.metrics.find((m) => m.key === t.metricKey)?.plausible_min;
      warn(t.figureRange[0], 'targets', `${t.metricZh} ${t.value}${t.unit} is far below what plans count for it (at least ${min}); check the text (a 万 may have been lost)`);
    }
  }
  const bases = findBases(outline.paragraphs, place.zh);
  const activities = findActivities(outline.paragraphs, catalogs.activities);

  return {
    ok: true,
    plan: {
      file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      source: original,
      script,
      title: script === 'traditional' ? asWritten(title, outline.paragraphs) : title,
      at,
      slug: identity.slug,
      kind: identity.kind,
      draft: found?.draft ?? false,
      city: { key: place.key, zh: place.zh },
      province: place.province,
      parent: place.parent,
      level: place.level,
      placeCode: place.code,
      docNumber: identity.docNumber,
      issued: identity.issued,
      issuer: identity.issuer,
      webPublished: metadata.webPublished,
      period: identity.period,
      comment: identity.comment,
      outline,
      sections,
      targets,
      bases,
      activities,
      warnings,
      corrections: [],
    },
  };
}

/** The title in the seed's own characters: the text of the paragraph that is the plan's title. */
function asWritten(title: string, paragraphs: readonly DocParagraph[]): string {
  const heading = paragraphs.find((p) => p.anchor === 'title');
  if (!heading) return title;
  const key = titleKey(title);
  const shown = heading.display.text.replace(/[（(]?征求意见稿[)）]?/u, '').trim();
  return titleKey(heading.analysis.text) === key ? shown : title;
}

function offsetOf(p: DocParagraph | null): number {
  return p?.raw.map[0] ?? 0;
}
