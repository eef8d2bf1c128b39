import { baseEntries, baseId } from '../content/merged-entries.ts';
import { planSpans } from '../content/spans.ts';
import type { PlanRecord } from '../read-seed.ts';
import { sourceUnits, type SourceUnit } from './source-units.ts';

/**
 * The translatable units of each plan, by slug: what ingest writes as a plan's `segments` and
 * what `npm run i18n:status` holds the translation memory against. A base's name belongs to the
 * first plan (by issue date) that names it.
 * @example planUnits([baotou]).get('baotou-suzhi-2021-2025')?.[0]?.id // => 'title'
 */
export function planUnits(plans: readonly PlanRecord[]): Map<string, SourceUnit[]> {
  const bases = baseEntries(plans);
  return new Map(
    plans.map((plan) => {
      const spans = planSpans(plan, (name) => baseId(plan.city.key, plan.city.zh, name));
      return [plan.slug, sourceUnits(plan, spans, bases.filter((b) => b.mentions[0]?.plan === plan.slug))];
    }),
  );
}
