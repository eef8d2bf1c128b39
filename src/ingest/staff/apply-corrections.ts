import type { AppliedCorrection, PlanCorrectionEntry } from '../../schemas/applied-correction.ts';
import type { Correction } from '../../schemas/correction.ts';
import type { TargetDraft } from '../extract/targets/find-targets.ts';
import { problem, type Problem } from '../problems.ts';
import type { PlanRecord } from '../read-seed.ts';
import { correctBase, correctPlan, correctSection } from './correct-others.ts';
import { findQuote, fold, paragraphAt, pickTarget } from './locate.ts';
import type { StaffFile } from './read-staff-files.ts';

/** What a correction did, or why it could not. */
export type Applied = { ok: true; entry: Omit<PlanCorrectionEntry, 'file' | 'reason' | 'reason_en' | 'date' | 'correct' | 'quote'> } | { ok: false; field: string; message: string };

const TARGET_FIELDS = {
  kind: 'kind', metric_zh: 'metricZh', metric_key: 'metricKey', value: 'value', value_max: 'valueMax', unit: 'unit', comparator: 'comparator',
  deadline_year: 'deadlineYear', as_of_year: 'asOfYear', period: 'period', frequency: 'frequency', group: 'group',
} as const satisfies Record<string, keyof TargetDraft>;

/**
 * A plan with its staff corrections applied, each recorded on what it corrects (with the reading
 * it replaces and the reason) and in the plan's list; a correction that no longer matches its
 * plan (its sentence changed or left the seed) is a problem naming its file and line, and the
 * plan is read as if it were not there.
 * @example applyCorrections(baotou, [volunteersDeadline]).plan.targets[0]?.correction?.reason // => '“十四五”期间 means by 2025'
 */
export function applyCorrections(plan: PlanRecord, files: ReadonlyArray<StaffFile<Correction>>): { plan: PlanRecord; problems: Problem[] } {
  const out: PlanRecord = { ...plan, targets: plan.targets.map((t) => ({ ...t })), sections: plan.sections.map((s) => ({ ...s })), bases: plan.bases.map((b) => ({ ...b })), corrections: [] };
  const problems: Problem[] = [];
  for (const f of files) {
    const c = f.value;
    const range = findQuote(out, c.quote);
    const applied: Applied = !range
      ? { ok: false, field: 'quote', message: `the quoted ${c.correct === 'section' ? 'heading' : 'sentence'} is not in seeds/${plan.file} any more (was the seed replaced or edited?): copy it again from the plan's page, or remove this correction` }
      : apply(out, c, range, f.file);
    if (!applied.ok) {
      problems.push(problem(f.file, { line: f.lineOf([applied.field]), column: 1 }, applied.field, applied.message, 'error'));
      continue;
    }
    out.corrections.push({ file: f.file, reason: c.reason, ...(c.reason_en ? { reason_en: c.reason_en } : {}), date: c.date, correct: c.correct, quote: c.quote, ...applied.entry });
  }
  out.targets.sort((a, b) => a.figureRange[0] - b.figureRange[0]);
  return { plan: out, problems };
}

function apply(plan: PlanRecord, c: Correction, range: [number, number], file: string): Applied {
  const record = (original: Record<string, unknown> | null): AppliedCorrection => ({ file, reason: c.reason, ...(c.reason_en ? { reason_en: c.reason_en } : {}), date: c.date, original });
  switch (c.correct) {
    case 'target':
      return correctTarget(plan, c, range, record);
    case 'missed-target':
      return addTarget(plan, c, range, record);
    case 'section':
      return correctSection(plan, c, range, record);
    case 'base':
      return correctBase(plan, c, range, record);
    case 'plan':
      return correctPlan(plan, c, range, record);
  }
}

function correctTarget(plan: PlanRecord, c: Extract<Correction, { correct: 'target' }>, range: [number, number], record: (o: Record<string, unknown> | null) => AppliedCorrection): Applied {
  const picked = pickTarget(plan, range, c.figure);
  if (!picked.ok) return { ok: false, field: c.figure === undefined ? 'quote' : 'figure', message: picked.message };
  const t = picked.value;
  if (t.correction) return { ok: false, field: 'quote', message: `${t.correction.file} already corrects this figure: put both changes in one file` };
  const original = Object.fromEntries(Object.entries(TARGET_FIELDS).map(([k, v]) => [k, t[v]]));
  const entry = { removed: c.remove === true, anchor: t.paragraph.anchor, entry: `${plan.slug}/${t.localId}`, original };
  if (c.remove) {
    plan.targets.splice(plan.targets.indexOf(t), 1);
    return { ok: true, entry };
  }
  const set = c.set ?? {};
  const changed = Object.keys(set).filter((k) => set[k as keyof typeof set] !== original[k]);
  if (changed.length === 0) return { ok: false, field: 'set', message: 'the target already reads so: nothing to correct (remove this file)' };
  for (const [k, v] of Object.entries(set)) (t as unknown as Record<string, unknown>)[TARGET_FIELDS[k as keyof typeof TARGET_FIELDS]] = v;
  t.correction = record(Object.fromEntries(changed.map((k) => [k, original[k]])));
  return { ok: true, entry: { ...entry, original: t.correction.original } };
}

function addTarget(plan: PlanRecord, c: Extract<Correction, { correct: 'missed-target' }>, range: [number, number], record: (o: Record<string, unknown> | null) => AppliedCorrection): Applied {
  const sentence = fold(plan.source.slice(...range));
  const wanted = fold(c.figure).text;
  const at = sentence.text.indexOf(wanted);
  if (at < 0) return { ok: false, field: 'figure', message: `“${c.figure}” is not in the quoted sentence` };
  const start = range[0] + (sentence.offsets[at] ?? 0);
  const end = range[0] + (sentence.offsets[at + wanted.length - 1] ?? 0) + 1;
  if (plan.targets.some((t) => t.figureRange[0] < end && start < t.figureRange[1])) return { ok: false, field: 'figure', message: `“${c.figure}” is already read as a target: to change how, use correct: target` };
  const paragraph = paragraphAt(plan, start);
  if (!paragraph) return { ok: false, field: 'quote', message: 'the sentence is not in the plan’s text (a title or a line ingest leaves out)' };
  const n = plan.targets.filter((t) => t.paragraph === paragraph && t.localId.includes('-c')).length + 1;
  const s = c.set;
  const kind = s.kind ?? 'target';
  const period = plan.period;
  const target: TargetDraft = {
    localId: `${paragraph.anchor}-c${n}`,
    paragraph,
    kind,
    metricZh: s.metric_zh,
    metricKey: s.metric_key ?? null,
    value: s.value,
    valueMax: s.value_max ?? null,
    unit: s.unit,
    comparator: s.comparator,
    deadlineYear: kind === 'target' ? s.deadline_year ?? period?.end ?? null : null,
    asOfYear: kind === 'target' ? null : s.as_of_year ?? null,
    period: s.period ?? (kind === 'target' && period ? `${period.start}-${s.deadline_year ?? period.end}` : null),
    frequency: s.frequency ?? null,
    group: s.group ?? 'general',
    figureRange: [start, end],
    quoteRange: range,
    correction: record(null),
  };
  plan.targets.push(target);
  return { ok: true, entry: { removed: false, anchor: paragraph.anchor, entry: `${plan.slug}/${target.localId}`, original: null } };
}
