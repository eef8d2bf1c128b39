// Corrections of what is not a target: an action's or project's units, a venue, the plan's
// metadata. Each finds what it corrects by the quoted words and records what it replaces.
import type { AppliedCorrection } from '../../schemas/applied-correction.ts';
import type { Correction } from '../../schemas/correction.ts';
import type { PlanRecord } from '../read-seed.ts';
import type { Applied } from './apply-corrections.ts';
import { paragraphAt } from './locate.ts';

type Record_ = (original: Record<string, unknown> | null) => AppliedCorrection;

/** Units of the action or project whose heading the quote is. */
export function correctSection(plan: PlanRecord, c: Extract<Correction, { correct: 'section' }>, range: [number, number], record: Record_): Applied {
  const paragraph = paragraphAt(plan, range[0]);
  const section = plan.sections.find((s) => s.section.paragraph === paragraph);
  if (!section) return { ok: false, field: 'quote', message: `the quote is not the heading of an improvement action or key project; the plan's are: ${plan.sections.map((s) => `“${s.name}”`).join(', ')}` };
  if (section.correction) return { ok: false, field: 'quote', message: `${section.correction.file} already corrects this section: put both changes in one file` };
  const original = { lead: section.units.lead, cooperating: section.units.cooperating };
  const units = { lead: c.set.lead ?? original.lead, cooperating: c.set.cooperating ?? original.cooperating };
  section.units = units;
  // The section's own line now says who leads; its measures keep what their own lines say.
  if (section.unitsFrom === 'none') section.unitsFrom = 'section';
  section.correction = record(original);
  return { ok: true, entry: { removed: false, anchor: section.section.anchor, entry: `${plan.slug}/${section.localId}`, original } };
}

/** A venue's name, type or status, or a name read as a venue that is none. */
export function correctBase(plan: PlanRecord, c: Extract<Correction, { correct: 'base' }>, range: [number, number], record: Record_): Applied {
  const paragraph = paragraphAt(plan, range[0]);
  const inSentence = plan.bases.filter((b) => b.name === c.name && b.paragraph === paragraph);
  const base = inSentence[0] ?? plan.bases.find((b) => b.name === c.name);
  if (!base) {
    const named = [...new Set(plan.bases.filter((b) => b.paragraph === paragraph).map((b) => `“${b.name}”`))];
    return { ok: false, field: 'name', message: `no venue “${c.name}” was read ${named.length ? `in that sentence (it names ${named.join(', ')})` : 'in the plan'}` };
  }
  const original = { name_zh: base.name, type: base.type, status: base.status };
  // A venue is one entry however often the plan names it: the correction applies to each mention.
  const mentions = plan.bases.filter((b) => b.name === c.name);
  if (c.remove) {
    plan.bases = plan.bases.filter((b) => b.name !== c.name);
  } else {
    for (const b of mentions) {
      b.name = c.set?.name_zh ?? b.name;
      b.type = c.set?.type ?? b.type;
      b.status = c.set?.status ?? b.status;
      b.correction = record(original);
    }
  }
  return { ok: true, entry: { removed: c.remove === true, anchor: base.paragraph.anchor, entry: null, original } };
}

/** The plan's title, document number, issuer, date, period or status. */
export function correctPlan(plan: PlanRecord, c: Extract<Correction, { correct: 'plan' }>, range: [number, number], record: Record_): Applied {
  const s = c.set;
  const original: Record<string, unknown> = {};
  if (s.title_zh !== undefined) {
    original['title_zh'] = plan.title;
    plan.title = s.title_zh;
  }
  if (s.doc_number !== undefined) {
    original['doc_number'] = plan.docNumber;
    plan.docNumber = s.doc_number;
  }
  if (s.issuer_zh !== undefined) {
    original['issuer_zh'] = plan.issuer;
    plan.issuer = s.issuer_zh;
  }
  if (s.issued !== undefined) {
    original['issued'] = plan.issued;
    plan.issued = s.issued;
  }
  if (s.status !== undefined) {
    original['status'] = plan.draft ? 'draft' : 'final';
    plan.draft = s.status === 'draft';
  }
  if (s.period !== undefined) {
    original['period'] = plan.period && { start: plan.period.start, end: plan.period.end };
    // The plan keeps its slug (its address): a correction changes what the page says, not where it is.
    plan.period = s.period && { ...s.period, vision: plan.period?.vision ?? null, basis: 'text' };
  }
  if (Object.keys(original).length === 0) return { ok: false, field: 'set', message: 'set names nothing to correct' };
  plan.metadataCorrection = record(original);
  return { ok: true, entry: { removed: false, anchor: paragraphAt(plan, range[0])?.anchor ?? null, entry: null, original } };
}
