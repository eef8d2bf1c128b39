import type { TranslationEntry, TranslationMemory } from '../schemas/translation.ts';

/** The kinds of unit coverage is counted by, in the order reports list them. */
export const UNIT_KINDS = ['metadata', 'heading', 'paragraph', 'section-name', 'metric', 'base'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** translated: English for this very Chinese; outdated: English for Chinese that has changed since; missing: none. */
export const UNIT_STATES = ['translated', 'outdated', 'missing'] as const;
export type UnitState = (typeof UNIT_STATES)[number];

/**
 * The kind of a unit, from its id.
 * @example unitKind('heading/s2-3') // => 'heading'
 * @example unitKind('doc-number') // => 'metadata'
 */
export function unitKind(id: string): UnitKind {
  const prefix = id.split('/')[0];
  switch (prefix) {
    case 'heading':
      return 'heading';
    case 'text':
      return 'paragraph';
    case 'action':
    case 'project':
      return 'section-name';
    case 'metric':
      return 'metric';
    case 'base':
      return 'base';
    default:
      return 'metadata';
  }
}

/**
 * Whether a unit whose Chinese now hashes to `hash` has current English.
 * @example unitState('1f3a9c0e5b7d', { hash: '1f3a9c0e5b7d', zh: '…', en: '…' }) // => 'translated'
 * @example unitState('1f3a9c0e5b7d', undefined) // => 'missing'
 */
export function unitState(hash: string, entry: TranslationEntry | undefined): UnitState {
  if (!entry) return 'missing';
  return entry.hash === hash ? 'translated' : 'outdated';
}

export type Tally = Record<UnitState, number>;

export interface Coverage {
  plan: string;
  units: Array<{ id: string; kind: UnitKind; state: UnitState }>;
  byKind: Record<UnitKind, Tally>;
  total: Tally;
  /** Entries of the memory for units the plan no longer has (a paragraph removed, a target gone). */
  orphans: string[];
}

const emptyTally = (): Tally => ({ translated: 0, outdated: 0, missing: 0 });

/**
 * A plan's translation coverage: each unit's state, counts per kind and in all.
 * @example coverage('p', { title: 'aaa' }, {}).total // => { translated: 0, outdated: 0, missing: 1 }
 */
export function coverage(plan: string, segments: Readonly<Record<string, string>>, memory: TranslationMemory): Coverage {
  const byKind = Object.fromEntries(UNIT_KINDS.map((k) => [k, emptyTally()])) as Record<UnitKind, Tally>;
  const total = emptyTally();
  const units = Object.entries(segments).map(([id, hash]) => {
    const kind = unitKind(id);
    const state = unitState(hash, memory[id]);
    byKind[kind][state]++;
    total[state]++;
    return { id, kind, state };
  });
  const orphans = Object.keys(memory).filter((id) => !(id in segments));
  return { plan, units, byKind, total, orphans };
}

/**
 * The share of units with current English, as a whole percent rounded down (so 99.6 % is not 100 %).
 * @example percentTranslated({ translated: 199, outdated: 1, missing: 0 }) // => 99
 */
export function percentTranslated(t: Tally): number {
  const all = t.translated + t.outdated + t.missing;
  return all === 0 ? 100 : Math.floor((t.translated / all) * 100);
}
