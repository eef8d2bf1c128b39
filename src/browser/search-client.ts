// The search page's script: runs the reader's query with Pagefind's JS API (loaded from
// /pagefind/ on this host), shows results with their metadata, and keeps the query and filters
// in the address so a search can be linked. With the targets explorer's small one, the only
// script the site ships.
import { FACETS, facetsFile, type LanguageFacets } from '../search/facets.ts';
import { recordLanguage } from '../search/index-language.ts';
import { cityInQuery, leading, queryPlan, splitTiers } from './search-query.ts';
import { fill, renderResult, type Fragment } from './search-render.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<Fragment>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] }>;
}

const PAGE = 10;

/** Wires the search form, filters and result list inside `root`. */
export async function startSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>;
  const locale = root.dataset['locale'] === 'en' ? 'en' : 'zh';
  const form = root.querySelector('form') as HTMLFormElement;
  const input = form.querySelector('input[name="q"]') as HTMLInputElement;
  const status = root.querySelector('[data-status]') as HTMLElement;
  const list = root.querySelector('[data-results]') as HTMLOListElement;
  const more = root.querySelector('[data-more]') as HTMLButtonElement;
  const partialBox = root.querySelector('[data-partial]') as HTMLElement;
  const selects = FACETS.map((f) => form.querySelector(`select[name="${f}"]`) as HTMLSelectElement);
  root.querySelector('[data-filters]')?.removeAttribute('hidden');

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  let pagefind: Pagefind;
  let cities: string[] = [];
  try {
    const bundle = '/pagefind/pagefind.js';
    // The menus' values come from the build (src/search/facets.ts), not from pagefind.filters(),
    // which would load every filter's index before the first result.
    const facetsOf = fetch(`/pagefind/${facetsFile(recordLanguage(locale))}`).then((r) => (r.ok ? (r.json() as Promise<LanguageFacets>) : Promise.reject(new Error(r.statusText))));
    const [loaded, facets] = await Promise.all([import(/* @vite-ignore */ bundle) as Promise<Pagefind>, facetsOf]);
    pagefind = loaded;
    // In this page's own thread: a worker would fetch a second copy of Pagefind's script (43 KB)
    // before the first result, and this page has nothing else to keep responsive meanwhile.
    await pagefind.options({ excerptLength: 40, noWorker: true });
    cities = facets.city;
    FACETS.forEach((facet, i) => fillSelect(selects[i]!, facets[facet], params.get(facet) ?? '', strings['any'] ?? '', locale));
  } catch {
    status.textContent = strings['loadFailed'] ?? '';
    root.dataset['done'] = 'failed';
    return;
  }

  let run = 0;
  let queue: PagefindResult[] = [];
  // Every step checks it still belongs to the latest search: a slow earlier one must not
  // append its results to a newer list.
  const show = async (mine: number, results: PagefindResult[]) => {
    if (mine !== run) return;
    queue = results;
    await showMore(mine);
  };
  const showMore = async (mine: number) => {
    const batch = queue.splice(0, PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== run) return;
    for (const d of data) list.append(renderResult(d, locale, strings));
    more.hidden = queue.length === 0;
  };

  const search = async () => {
    const mine = ++run;
    const q = input.value.trim();
    const filters: Record<string, { any: string[] }> = {};
    FACETS.forEach((facet, i) => {
      if (selects[i]?.value) filters[facet] = { any: [selects[i].value] };
    });
    const address = new URLSearchParams();
    if (q) address.set('q', q);
    for (const [k, v] of Object.entries(filters)) address.set(k, v.any[0] ?? '');
    history.replaceState(null, '', address.size > 0 ? `?${address}` : location.pathname);
    list.replaceChildren();
    partialBox.replaceChildren();
    more.hidden = true;
    if (!q && Object.keys(filters).length === 0) {
      status.textContent = strings['prompt'] ?? '';
      root.dataset['done'] = String(mine);
      return;
    }
    const plan = queryPlan(q, locale);
    const [loose, ...phrases] = await Promise.all([plan.loose || null, ...plan.phrases].map((s) => pagefind.search(s, { filters })));
    if (mine !== run || !loose) return;
    const byId = new Map([loose, ...phrases].flatMap((r) => r.results).map((r) => [r.id, r]));
    const tiers = splitTiers(loose.results.map((r) => r.id), phrases.map((p) => p.results.map((r) => r.id)));
    // A query that names a city puts that city's plans first.
    const city = cityInQuery(q, cities);
    if (city) {
      const plans = await pagefind.search(null, { filters: { ...filters, city: { any: [city] }, kind: { any: [strings['planKind'] ?? ''] } } });
      if (mine !== run) return;
      tiers.exact = leading(tiers.exact, plans.results.map((r) => r.id));
    }
    // A guide whose name has the query (科普基地: the directory of bases) comes first of all.
    const guides = q ? await pagefind.search(plan.loose, { filters: { ...filters, guide: { any: ['yes'] } } }) : { results: [] };
    if (mine !== run) return;
    const named = await Promise.all(guides.results.map(async (r) => ((await r.data()).meta['title'] ?? '').toLowerCase().includes(q.toLowerCase()) ? [r.id] : []));
    tiers.exact = leading(tiers.exact, named.flat());
    const n = tiers.exact.length;
    await show(mine, tiers.exact.flatMap((id) => byId.get(id) ?? []));
    if (mine !== run) return;
    if (tiers.partial.length > 0) {
      const note = document.createElement('p');
      note.textContent = fill(strings['partial'], { n: tiers.partial.length, q });
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = strings['showPartial'] ?? '';
      button.addEventListener('click', () => {
        button.remove();
        void show(mine, [...queue, ...tiers.partial.flatMap((id) => byId.get(id) ?? [])]);
      });
      note.append(' ', button);
      partialBox.append(note);
    }
    // Announced once the results are on the page; `data-done` counts finished searches (tests wait on it).
    status.textContent = fill(q ? (n === 0 ? strings['none'] : n === 1 ? strings['countOne'] : strings['count']) : strings['countFiltered'], { n, q });
    root.dataset['done'] = String(mine);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void search();
  });
  for (const s of selects) s.addEventListener('change', () => void search());
  form.querySelector('[data-clear]')?.addEventListener('click', () => {
    for (const s of selects) s.value = '';
    void search();
  });
  more.addEventListener('click', () => void showMore(run));
  await search();
}

/** Options of a filter: "all", then the values the index has, in the language's order. */
function fillSelect(select: HTMLSelectElement, values: string[], chosen: string, any: string, locale: 'zh' | 'en'): void {
  const sorted = [...values].sort((a, b) => a.localeCompare(b, locale === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en'));
  const options = [new Option(any, ''), ...sorted.map((v) => new Option(locale === 'en' ? v.charAt(0).toUpperCase() + v.slice(1) : v, v))];
  select.replaceChildren(...options);
  select.value = values.includes(chosen) ? chosen : '';
}
