import type { ActivityDay } from '../../schemas/catalog/activity-day.ts';
import type { ActivityEntry } from '../../schemas/activity.ts';
import type { Base } from '../../schemas/base.ts';
import type { Mention, Source } from '../../schemas/common.ts';
import type { DepartmentEntry, Role } from '../../schemas/department.ts';
import type { DocParagraph } from '../outline/tree.ts';
import type { PlanRecord } from '../read-seed.ts';
import { pinyinSlug } from '../slug.ts';
import { sentenceAround } from '../text/sentences.ts';
import { entryId } from './spans.ts';
import type { UnitResolver } from './units.ts';

const source = (plan: PlanRecord): Source => ({ seed: plan.file, sha256: plan.sha256 });

function mention(plan: PlanRecord, p: DocParagraph, start: number, end: number): Mention {
  // The sentence around the words, as an exact slice of the seed.
  const [a, b] = p.analysis.sourceRange(...sentenceAround(p.analysis.text, start, end));
  return { plan: plan.slug, anchor: p.anchor, quote: plan.source.slice(a, b), line: plan.at(a).line };
}

/** `<city>/<pinyin of the name without the city>`: the id a named base has on every plan's page. */
export function baseId(cityKey: string, cityZh: string, name: string): string {
  return `${cityKey}/${pinyinSlug(name.replace(cityZh, '').replace(/^[（(]/u, '')) || pinyinSlug(name)}`;
}

/**
 * Named bases merged across the plans of a city. Status follows the latest plan that names the
 * base; within a plan, one mention of it as existing (建成, 升级改造) makes it existing.
 */
export function baseEntries(plans: readonly PlanRecord[]): Base[] {
  const byId = new Map<string, Base>();
  const ordered = [...plans].sort((a, b) => (a.issued ?? '').localeCompare(b.issued ?? '') || a.file.localeCompare(b.file));
  for (const plan of ordered) {
    for (const b of plan.bases) {
      const id = baseId(plan.city.key, plan.city.zh, b.name);
      const m = mention(plan, b.paragraph, b.start, b.end);
      const entry: Base = byId.get(id) ?? { id, name_zh: b.name, city: plan.city.key, type: b.type, status: b.status, generated_from: [], mentions: [], correction: null };
      const samePlan = entry.generated_from.some((s) => s.seed === plan.file);
      // A corrected status is the staff's reading: it is not outvoted by another mention.
      entry.status = b.correction ? b.status : samePlan && entry.status === 'existing' ? 'existing' : b.status;
      entry.correction = b.correction ?? entry.correction;
      if (!samePlan) entry.generated_from.push(source(plan));
      if (!entry.mentions.some((x) => x.plan === m.plan && x.anchor === m.anchor)) entry.mentions.push(m);
      byId.set(id, entry);
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Every catalog activity, with the sentences of every plan that names it. */
export function activityEntries(plans: readonly PlanRecord[], catalog: readonly ActivityDay[]): ActivityEntry[] {
  return catalog.map((a) => {
    const mentions = plans.flatMap((plan) =>
      plan.activities.filter((m) => m.key === a.key).map((m) => ({ ...mention(plan, m.paragraph, m.start, m.end), as_written: m.alias })),
    );
    const unique = mentions.filter((m, i) => mentions.findIndex((x) => x.plan === m.plan && x.anchor === m.anchor && x.as_written === m.as_written) === i);
    const seeds = plans.filter((p) => unique.some((m) => m.plan === p.slug)).map(source);
    return { ...a, generated_from: seeds, mentions: unique };
  });
}

/** Departments with every lead and cooperating role they have, across plans. */
export function departmentEntries(plans: readonly PlanRecord[], units: UnitResolver): DepartmentEntry[] {
  const roles = new Map<string, Role[]>();
  const seeds = new Map<string, Source[]>();
  for (const plan of plans) {
    for (const s of plan.sections) {
      const add = (names: readonly string[], role: Role['role'], measure: number | null, anchor: string) => {
        for (const name of names) {
          const key = units.key(name);
          const section = entryId(plan, s.localId);
          const list = roles.get(key) ?? [];
          if (!list.some((r) => r.section === section && r.measure === measure && r.role === role)) {
            list.push({ plan: plan.slug, section, section_kind: s.kind, measure, role, as_written: name, anchor });
          }
          roles.set(key, list);
          const from = seeds.get(key) ?? [];
          if (!from.some((x) => x.seed === plan.file)) from.push(source(plan));
          seeds.set(key, from);
        }
      };
      if (s.unitsFrom === 'measures') {
        for (const m of s.measures) {
          add(m.units.lead, 'lead', m.order, m.section.anchor);
          add(m.units.cooperating, 'cooperating', m.order, m.section.anchor);
        }
      } else {
        add(s.units.lead, 'lead', null, s.section.anchor);
        add(s.units.cooperating, 'cooperating', null, s.section.anchor);
      }
    }
  }
  return [...roles.entries()]
    .map(([key, list]) => {
      const d = units.byKey(key);
      if (!d) throw new Error(`no department for key ${key}`);
      return { ...d, generated_from: seeds.get(key) ?? [], roles: list };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}
