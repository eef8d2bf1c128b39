// The explorer's state in the address: `?city=baotou&kind=target`. The filtering itself is CSS
// (src/site/explorer/filters.ts) and works without this; the script, in the browser only, adds what CSS cannot:
// it restores the choices from the address, writes them back as they change (so a filtered view
// can be shared), carries them across the sort orders' links, and sets each option's count to the
// rows it would show with the other filters as they are.
import { filterKeys, type FilterKey } from '../site/explorer/filters.ts';

export type Choices = Partial<Record<FilterKey, string>>;

/** A row as the filters see it: its value in each dimension. */
export type RowValues = Readonly<Record<FilterKey, string>>;

/**
 * The choices an address asks for, keeping only values the explorer has.
 * @example choicesFromQuery('?city=baotou&kind=nope&x=1', (k, v) => v !== 'nope') // => { city: 'baotou' }
 */
export function choicesFromQuery(search: string, known: (key: FilterKey, value: string) => boolean): Choices {
  const params = new URLSearchParams(search);
  const choices: Choices = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value && known(key, value)) choices[key] = value;
  }
  return choices;
}

/**
 * The query string of some choices, in the filters' order; '' when nothing is chosen.
 * @example queryOf({ kind: 'target', city: 'baotou' }) // => '?city=baotou&kind=target'
 * @example queryOf({}) // => ''
 */
export function queryOf(choices: Choices): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = choices[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * For every option, how many rows it would show with the other dimensions' choices as they are:
 * keyed `<dimension>:<value>`, and `<dimension>:` for the dimension's "all".
 * @example optionCounts([{ city: 'a', kind: 't', … }, { city: 'b', kind: 't', … }], { city: 'a' }).get('kind:t') // => 1
 */
export function optionCounts(rows: readonly RowValues[], choices: Choices): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const row of rows) {
    const misses = filterKeys.filter((k) => choices[k] !== undefined && row[k] !== choices[k]);
    if (misses.length > 1) continue;
    for (const key of filterKeys) {
      // A row counts for a dimension's options when it matches every other dimension.
      if (misses.length === 1 && misses[0] !== key) continue;
      add(`${key}:${row[key]}`);
      add(`${key}:`);
    }
  }
  return counts;
}

/** Wires the explorer inside `root` (the element holding the filters form and the table). */
export function startExplorer(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form.filters');
  if (!form) return;
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const rows: RowValues[] = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => {
    const values = {} as Record<FilterKey, string>;
    for (const key of filterKeys) values[key] = tr.dataset[key] ?? '';
    return values;
  });
  const sortLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[data-sort-link]')];

  const current = (): Choices => {
    const choices: Choices = {};
    for (const r of radios) if (r.checked && r.value !== '') choices[r.name as FilterKey] = r.value;
    return choices;
  };
  const update = (write: boolean) => {
    const choices = current();
    const query = queryOf(choices);
    if (write) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    for (const a of sortLinks) {
      const url = new URL(a.href);
      url.search = query;
      a.href = url.href;
    }
    const counts = optionCounts(rows, choices);
    for (const r of radios) {
      const n = counts.get(`${r.name}:${r.value}`) ?? 0;
      const out = form.querySelector<HTMLElement>(`[data-count-for="${r.id}"]`);
      if (out) out.textContent = String(n);
      r.closest('.option')?.classList.toggle('empty', n === 0);
    }
  };

  const wanted = choicesFromQuery(location.search, (key, value) => radios.some((r) => r.name === key && r.value === value));
  for (const r of radios) if (wanted[r.name as FilterKey] === r.value) r.checked = true;
  form.addEventListener('change', () => update(true));
  // A reset restores the checked defaults only after the event: read the form once it has.
  form.addEventListener('reset', () => setTimeout(() => update(true), 0));
  update(false);
}
