import { publisherOf, type Publisher } from '../../schemas/catalog/publisher.ts';
import type { Outcome } from '../../schemas/outcome.ts';
import { problem, type Problem } from '../problems.ts';
import type { PlanRecord } from '../read-seed.ts';
import { findQuote, pickTarget } from './locate.ts';
import type { StaffFile } from './read-staff-files.ts';

/**
 * A plan with what was reported for its targets recorded on each (oldest report first). An
 * outcome whose sentence is gone, whose figure is not a target, or whose source is not its
 * publisher's own page is a problem naming the file and line.
 * @example applyOutcomes(baotou, [volunteers2025], publishers).plan.targets[0]?.outcomes?.[0]?.reached // => 21000
 */
export function applyOutcomes(plan: PlanRecord, files: ReadonlyArray<StaffFile<Outcome>>, publishers: readonly Publisher[]): { plan: PlanRecord; problems: Problem[] } {
  const out: PlanRecord = { ...plan, targets: plan.targets.map((t) => ({ ...t, outcomes: [] })) };
  const problems: Problem[] = [];
  const fail = (f: StaffFile<Outcome>, field: string, message: string) => problems.push(problem(f.file, { line: f.lineOf(field.split('.')), column: 1 }, field, message, 'error'));
  for (const f of files) {
    const o = f.value;
    const publisher = publishers.find((p) => p.key === o.source.publisher);
    if (!publisher) {
      fail(f, 'source.publisher', `no publisher “${o.source.publisher}” in content/catalog/publishers.yaml: name the original publisher of the report by its key, or add it there`);
      continue;
    }
    if (o.source.url !== undefined && publisherOf(publishers, o.source.url)?.key !== publisher.key) {
      fail(f, 'source.url', `${new URL(o.source.url).hostname} is not a host of ${publisher.name_zh} (${publisher.hosts.join(', ')}): link the publisher’s own page, or leave url out if only a copy exists`);
      continue;
    }
    const range = findQuote(out, o.quote);
    if (!range) {
      fail(f, 'quote', `the quoted sentence is not in seeds/${plan.file} any more (was the seed replaced or edited?): copy it again from the plan's page`);
      continue;
    }
    const picked = pickTarget(out, range, o.figure);
    if (!picked.ok) {
      fail(f, o.figure === undefined ? 'quote' : 'figure', picked.message);
      continue;
    }
    const { quote: _quote, figure: _figure, ...reported } = o;
    picked.value.outcomes?.push({ ...reported, file: f.file });
  }
  for (const t of out.targets) t.outcomes?.sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0));
  return { plan: out, problems };
}
