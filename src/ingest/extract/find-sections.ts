import { allSections, subtreeParagraphs, type DocParagraph, type Section } from '../outline/tree.ts';
import { parseUnitsLine, type UnitNames } from './parse-units.ts';

export interface MeasureDraft {
  order: number;
  section: Section;
  title: string;
  units: UnitNames;
}

export interface SectionDraft {
  kind: 'action' | 'project';
  order: number;
  /** The name as the plan writes it, less a leading 实施/开展. */
  name: string;
  section: Section;
  measures: MeasureDraft[];
  units: UnitNames;
  unitsText: DocParagraph[];
  unitsFrom: 'section' | 'measures' | 'none';
}

const ACTION = /^(?:实施|开展)?(青少年|农民|农牧民|产业工人|老年人|领导干部和公务员)科学素质提升行动$/u;
// A project is named `…工程`; a chapter gathering them (`实施五项重点工程`, `重点工程`) is not one.
const PROJECT = /^(?!.*重点工程$)(?:实施)?(.{2,30}工程)$/u;

/** The population-group word of an action name: 青少年 in 青少年科学素质提升行动. */
export function actionGroupWord(name: string): string | null {
  return ACTION.exec(name)?.[1] ?? null;
}

/**
 * The plan's 提升行动 and 重点工程: headings named like `青少年科学素质提升行动` or `…工程`, at
 * the outermost level such headings occur (a measure named `实施科普人才培养培训工程` inside a
 * project is a measure, not a project). Measures are their sub-headings; lead and cooperating
 * units come from the unit lines in them, per measure when each measure has its own line.
 */
export function findSections(root: Section): SectionDraft[] {
  const sections = allSections(root).filter((s) => s.heading && s.heading.kind !== 'title' && s.heading.kind !== 'label');
  const pick = (re: RegExp) => {
    const found = sections.filter((s) => re.test(s.heading?.title ?? ''));
    const top = Math.min(...found.map((s) => depth(s)));
    return found.filter((s) => depth(s) === top);
  };
  const actions = pick(ACTION).map((s, i) => draft('action', i + 1, s));
  const projects = pick(PROJECT).map((s, i) => draft('project', i + 1, s));
  return [...actions, ...projects];
}

function draft(kind: SectionDraft['kind'], order: number, section: Section): SectionDraft {
  const name = (section.heading?.title ?? '').replace(/^(实施|开展)/u, '');
  const subs = section.children.filter((c) => c.heading && c.heading.kind !== 'label');
  const groups = unitGroups(section);
  // Each measure with its own unit line (安宁): units per measure, the section's are their union.
  const perMeasure = subs.length > 1 && groups.length === subs.length && subs.every((m) => groups.filter((g) => within(g[0], m)).length === 1);
  const measures: MeasureDraft[] = subs.map((m, i) => ({
    order: i + 1,
    section: m,
    title: m.heading?.title ?? '',
    units: perMeasure ? merge(groups.filter((g) => within(g[0], m)).flat()) : { lead: [], cooperating: [] },
  }));
  const all = groups.flat();
  const units = perMeasure ? union(measures.map((m) => m.units)) : merge(all);
  return { kind, order, name, section, measures, units, unitsText: all, unitsFrom: all.length === 0 ? 'none' : perMeasure ? 'measures' : 'section' };
}

/** Unit lines of a section, grouped when they follow each other (`牵头部门：…` then `配合部门：…`). */
function unitGroups(section: Section): DocParagraph[][] {
  const groups: DocParagraph[][] = [];
  let last = -2;
  for (const p of subtreeParagraphs(section)) {
    if (!p.units) continue;
    if (p.index === last + 1 && groups.length > 0) groups.at(-1)?.push(p);
    else groups.push([p]);
    last = p.index;
  }
  return groups;
}

function merge(paragraphs: readonly DocParagraph[]): UnitNames {
  return union(paragraphs.map((p) => parseUnitsLine(p.analysis.text)));
}

function union(list: readonly UnitNames[]): UnitNames {
  const lead = [...new Set(list.flatMap((u) => u.lead))];
  const cooperating = [...new Set(list.flatMap((u) => u.cooperating))].filter((u) => !lead.includes(u));
  return { lead, cooperating };
}

function within(p: DocParagraph | undefined, s: Section): boolean {
  for (let x: Section | null = p?.section ?? null; x; x = x.parent) if (x === s) return true;
  return false;
}

function depth(s: Section): number {
  let d = 0;
  for (let x = s.parent; x; x = x.parent) d++;
  return d;
}
