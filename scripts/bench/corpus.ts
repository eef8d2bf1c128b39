// A benchmark corpus: a throwaway copy of the project whose seeds/ holds the five published
// plans and, beside them, copies of them moved to other real places (renamed from the
// gazetteer), up to the size asked for. The five keep the staff content (corrections, outcomes,
// news, events) applying as it does on the site; each copy gets its template's translation
// memory, renamed, so its English pages carry English (outdated where the place's name was).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCatalogs } from '../../src/ingest/catalogs.ts';
import { placesNamed, type Place } from '../../src/ingest/places/gazetteer.ts';
import { readSeed } from '../../src/ingest/read-seed.ts';
import { pinyinSlug } from '../../src/ingest/slug.ts';
import { catalogText, root, seedFiles } from '../project-files.ts';
import { placePool } from './places.ts';
import { namesOf, renamePlaces, shortName, type PlaceNames } from './rename.ts';

/** What a corpus copy holds. */
export interface Corpus {
  dir: string;
  plans: number;
  /** A seed to edit for the rebuild benchmark: a generated one, or a real one if none is. */
  sample: string;
}

interface Template {
  file: string;
  text: string;
  slug: string;
  /** The place, its parent (a county's city) and its province, as the gazetteer has them. */
  chain: Place[];
}

const PROJECT = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'public'];
const STAFF = ['catalog', 'translations', 'corrections', 'outcomes', 'news', 'events'];

function chainOf(name: string): Place[] {
  const place = placesNamed(name)[0];
  if (!place) throw new Error(`bench: ${name} is not in the gazetteer`);
  const parent = place.parent && place.parent !== place.province ? placesNamed(place.parent)[0] : undefined;
  const province = place.level === 'province' ? undefined : placesNamed(place.province)[0];
  return [place, ...(parent ? [parent] : []), ...(province ? [province] : [])];
}

type Catalogs = NonNullable<ReturnType<typeof readCatalogs>['catalogs']>;
let catalogsRead: Catalogs | null = null;

/** The catalogs, read once: every copy is read with them (at 1,000 plans they were read 1,000 times). */
function catalogs(): Catalogs {
  catalogsRead ??= readCatalogs(catalogText, 'content/catalog').catalogs ?? null;
  if (!catalogsRead) throw new Error('bench: the catalogs do not load');
  return catalogsRead;
}

function templates(): Template[] {
  return seedFiles().seeds.map(({ file, bytes }) => {
    const read = readSeed(file, bytes, catalogs());
    if (!read.ok) throw new Error(`bench: seed ${file} does not ingest`);
    return { file, text: read.plan.source, slug: read.plan.slug, chain: chainOf(read.plan.city.zh) };
  });
}

/** The renaming of a template's places to a target place, its parent and province. */
function pairs(from: Place[], to: Place): Array<[PlaceNames, PlaceNames]> {
  const target = chainOf(to.name);
  const byRole = (chain: Place[]) => ({ place: chain[0], parent: chain.length === 3 ? chain[1] : undefined, province: chain[chain.length - 1] });
  const a = byRole(from);
  const b = byRole(target);
  return (['place', 'parent', 'province'] as const).flatMap((role) => {
    const x = a[role];
    const y = b[role];
    return x && y && x !== y ? [[namesOf(x), namesOf(y)] as [PlaceNames, PlaceNames]] : [];
  });
}

const english = (name: string) => {
  const s = pinyinSlug(shortName(name));
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/**
 * Writes a corpus of `plans` plans (at least the five seeds) into a new temporary folder; the
 * copies are of every seed in turn, or only of the seeds whose slugs `copiesOf` names (a test
 * that needs many cities with bases copies only plans that list bases).
 * @example writeCorpus(50).plans // => 50
 * @example writeCorpus(23, ['anning-suzhi-2021-2025']).plans // => 23 (the five seeds, and 18 copies of Anning's plan)
 */
export function writeCorpus(plans: number, copiesOf?: readonly string[]): Corpus {
  const dir = mkdtempSync(join(tmpdir(), `kepu-bench-${plans}-`));
  for (const entry of PROJECT) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  // A staff folder nobody has used yet is not in a fresh clone (git keeps no empty folders).
  for (const entry of STAFF.filter((e) => existsSync(join(root, 'content', e)))) cpSync(join(root, 'content', entry), join(dir, 'content', entry), { recursive: true });
  cpSync(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const seeds = templates();
  const seedText = seeds.map((t) => t.text).join('\n');
  const all = copiesOf ? seeds.filter((t) => copiesOf.includes(t.slug)) : seeds;
  if (all.length === 0) throw new Error(`bench: no seed has the slug ${copiesOf?.join(' or ')}`);
  // Each template moves to places of its own level: cities to cities, then counties when the
  // cities run out; a county-level city to county-level cities.
  const pools = new Map<string, Place[]>([
    ['prefecture', [...placePool(['prefecture'], seedText), ...placePool(['county'], seedText)]],
    ['county-level', placePool(['county-level'], seedText)],
  ]);
  const used = new Set<string>();
  const take = (level: string): Place => {
    const pool = pools.get(level === 'county-level' ? 'county-level' : 'prefecture') ?? [];
    for (let p = pool.shift(); p; p = pool.shift()) if (!used.has(p.name)) return used.add(p.name), p;
    throw new Error(`bench: no more places of level ${level} for a corpus of ${plans}`);
  };
  let sample = '';
  for (let made = seeds.length, round = 1; made < plans; round++) {
    // Templates of one place (Zhongwei's two plans) move together, as a city's plans would.
    const moved = new Map<string, Place>();
    for (const t of all) {
      if (made >= plans) break;
      const home = t.chain[0] as Place;
      const to = moved.get(home.name) ?? take(home.level);
      moved.set(home.name, to);
      const file = `${String(1000 * round + made).padStart(5, '0')}_bench.txt`;
      writeFileSync(join(dir, 'seeds', file), renamePlaces(t.text, pairs(t.chain, to)));
      copyMemory(dir, t, to, file);
      sample ||= file;
      made += 1;
    }
  }
  return { dir, plans: Math.max(plans, seeds.length), sample: sample || (seeds[0] as Template).file };
}

/** The template's translation memory under the copy's slug, its place named in English. */
function copyMemory(dir: string, t: Template, to: Place, file: string): void {
  const memories = join(root, 'content', 'translations');
  if (!readdirSync(memories).includes(`${t.slug}.yaml`)) return;
  const read = readSeed(file, readFileSync(join(dir, 'seeds', file)), catalogs());
  if (!read.ok) throw new Error(`bench: the copy ${file} of ${t.file} (moved to ${to.name}) does not ingest: ${read.problems.map((p) => `line ${p.line}: ${p.field}: ${p.message}`).join('; ')}`);
  const from = english((t.chain[0] as Place).name);
  const text = readFileSync(join(memories, `${t.slug}.yaml`), 'utf8').split(from).join(english(to.name));
  mkdirSync(join(dir, 'content', 'translations'), { recursive: true });
  writeFileSync(join(dir, 'content', 'translations', `${read.plan.slug}.yaml`), text);
}
