import { createHash } from 'node:crypto';
import type { Catalogs } from './catalogs.ts';
import { decodeSeed } from './decode.ts';
import { findActivities, type ActivityMention } from './extract/find-activities.ts';
import { findBases, type BaseDraft } from './extract/find-bases.ts';
import { findCommentWindow, type CommentWindow } from './extract/find-comment-window.ts';
import { findDocNumber } from './extract/find-doc-number.ts';
import { findIssue } from './extract/find-issue.ts';
import { findPeriod, type Period } from './extract/find-period.ts';
import { findPlace } from './extract/find-place.ts';
import { actionGroupWord, findSections, type SectionDraft } from './extract/find-sections.ts';
import { findTitle } from './extract/find-title.ts';
import { findPageMetadata } from './extract/metadata.ts';
import { findTargets, type TargetDraft } from './extract/targets/find-targets.ts';
import { buildOutline, readParagraphs, type Outline } from './outline/read-outline.ts';
import { subtreeParagraphs, type DocParagraph } from './outline/tree.ts';
import { problem, type Problem } from './problems.ts';
import { pinyinSlug } from './slug.ts';
import { doubtfulFigure } from '../schemas/catalog/metric.ts';
import { locator, type Point } from './text/positions.ts';

/** Everything ingest reads from one seed. */
export interface PlanRecord {
  file: string;
  sha256: string;
  /** The decoded text; every quote is a substring of it. */
  source: string;
  at: (offset: number) => Point;
  slug: string;
  title: string;
  kind: 'kepu-plan' | 'literacy-plan';
  draft: boolean;
  city: { key: string; zh: string };
  province: string | null;
  level: 'prefecture' | 'county-level' | 'unknown';
  docNumber: string | null;
  issued: string | null;
  issuer: string | null;
  webPublished: string | null;
  period: Period;
  comment: CommentWindow | null;
  outline: Outline;
  sections: Array<SectionDraft & { localId: string; groupKey: string | null; themeKey: string | null; paragraphs: DocParagraph[] }>;
  targets: TargetDraft[];
  bases: BaseDraft[];
  activities: ActivityMention[];
  warnings: Problem[];
}

export type SeedResult = { ok: true; plan: PlanRecord } | { ok: false; problems: Problem[] };

/**
 * Reads one seed file into a plan: decode, normalize, outline, extract. Never throws on bad
 * text: an unreadable file is an error naming the file and why; doubts are warnings with a line.
 */
export function readSeed(file: string, bytes: Uint8Array, catalogs: Catalogs): SeedResult {
  const decoded = decodeSeed(bytes, file);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const source = decoded.value.text;
  const at = locator(source);
  const warnings: Problem[] = [];
  const warn = (offset: number, field: string, message: string) => warnings.push(problem(file, at(offset), field, message));

  const { paragraphs, chrome } = readParagraphs(source);
  const texts = paragraphs.map((p) => p.analysis.text);
  const metadata = findPageMetadata([...chrome, ...paragraphs.slice(0, 12).map((p) => p.raw)]);
  const found = findTitle(texts, metadata);
  // Without a title, the first words of the text stand in (up to its first stop or comma).
  const title = found?.title ?? texts[0]?.split(/[，。；！？]/u)[0]?.slice(0, 40) ?? file;
  if (!found) warn(0, 'title', 'no title found; the first words of the text stand in for it');

  const outline = buildOutline(paragraphs, title);
  if (!outline.paragraphs.some((p) => p.heading && p.heading.kind !== 'title')) {
    warn(0, 'outline', 'no numbered headings found; the plan is kept as one block of text');
  }
  for (const p of outline.paragraphs) {
    if (p.heading?.guessed) warn(p.raw.map[0] ?? 0, 'outline', `the end of the heading "${p.heading.title}" was guessed: the stop after it is missing`);
  }

  const draft = found?.draft ?? false;
  const periodFound = findPeriod(title, texts);
  if (!periodFound) warn(0, 'period', `no period (such as 2021—2025年 or 十四五) in the title "${title}"; 2021—2025 is assumed`);
  const period = periodFound ?? { start: 2021, end: 2025, vision: null };

  const place = findPlace(title, texts.join('\n'));
  const city = catalogs.cities.find((c) => c.name_zh === place?.city);
  if (!place) warn(0, 'city', `no city at the start of the title "${title}"`);
  else if (!city) warn(0, 'city', `city "${place.city}" is not in content/catalog/cities.yaml; add it for its English name and level`);
  if (city && place?.province && city.province_zh !== place.province) {
    warn(0, 'province', `the text names ${place.province} first, but content/catalog/cities.yaml puts ${city.name_zh} in ${city.province_zh}`);
  }
  const cityKey = city?.key ?? (place ? pinyinSlug(place.city.replace(/市$/u, '')) : 'unknown');
  const kind = /科学素质/u.test(title) ? 'literacy-plan' : 'kepu-plan';
  const slug = `${cityKey}-${kind === 'literacy-plan' ? 'suzhi' : 'kepu'}-${period.start}-${period.end}`;

  const mainTitle = outline.paragraphs.find((p) => p.anchor === 'title');
  const preamble = mainTitle ? outline.paragraphs.filter((p) => p.index < mainTitle.index).map((p) => p.analysis.text) : texts.slice(0, 6);
  const issue = findIssue(preamble, metadata);
  const comment = draft ? findCommentWindow(preamble.join('\n')) : null;
  if (draft && !comment) warn(0, 'comment', 'a draft for public comment, but no comment window (自…至…) was found');

  const sections = findSections(outline.root).map((s) => {
    const groupWord = s.kind === 'action' ? actionGroupWord(s.name) : null;
    const groupKey = groupWord ? catalogs.groups.find((g) => g.aliases_zh.includes(groupWord))?.key ?? null : null;
    const themeKey = s.kind === 'project' ? catalogs.themes.find((t) => t.match_zh.includes(s.name))?.key ?? null : null;
    if (s.kind === 'project' && !themeKey) warn(offsetOf(s.section.paragraph), 'project', `project "${s.name}" matches no theme in content/catalog/project-themes.yaml`);
    const localId = (s.kind === 'action' ? groupKey : themeKey) ?? pinyinSlug(s.name.replace(/(科学素质提升行动|工程)$/u, ''));
    return { ...s, localId, groupKey, themeKey, paragraphs: subtreeParagraphs(s.section) };
  });
  const groupOf = (p: DocParagraph): string | null => {
    for (let s: DocParagraph['section'] | null = p.section; s; s = s.parent) {
      const action = sections.find((a) => a.kind === 'action' && a.section === s);
      if (action) return action.groupKey;
    }
    return null;
  };
  const targets = findTargets(outline.paragraphs, { period, metrics: catalogs.metrics, actionGroup: groupOf });
  for (const t of targets) {
    if (doubtfulFigure({ kind: t.kind, value: t.value, metric_key: t.metricKey }, catalogs.metrics)) {
      const min = catalogs.metrics.find((m) => m.key === t.metricKey)?.plausible_min;
      warn(t.figureRange[0], 'targets', `${t.metricZh} ${t.value}${t.unit} is far below what plans count for it (at least ${min}); check the text (a 万 may have been lost)`);
    }
  }
  const bases = findBases(outline.paragraphs, place?.city ?? '');
  const activities = findActivities(outline.paragraphs, catalogs.activities);

  return {
    ok: true,
    plan: {
      file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      source,
      at,
      slug,
      title,
      kind,
      draft,
      city: { key: cityKey, zh: place?.city ?? '' },
      province: place?.province ?? city?.province_zh ?? null,
      level: city?.level ?? 'unknown',
      docNumber: findDocNumber(texts, metadata),
      issued: issue.issued,
      issuer: issue.issuer,
      webPublished: metadata.webPublished,
      period,
      comment,
      outline,
      sections,
      targets,
      bases,
      activities,
      warnings,
    },
  };
}

function offsetOf(p: DocParagraph | null): number {
  return p?.raw.map[0] ?? 0;
}
