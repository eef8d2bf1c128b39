// The places a benchmark corpus moves the seeds to: real ones, from the gazetteer the ingest
// reads, each with a name no other place shares (so the ingest finds it as it would a real
// plan's) and a short form of two characters or more that none of the seeds already uses.
import { allPlaces, type Place, type PlaceLevel } from '../../src/ingest/places/gazetteer.ts';
import { shortName } from './rename.ts';

/** A small, fixed pseudo-random sequence (mulberry32): the same corpus on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Places of the given levels in a fixed shuffled order, leaving out any whose name or short name
 * occurs in `avoid` (the seeds' own text) or is shared with another place.
 * @example placePool(['prefecture'], seedText)[0]?.level // => 'prefecture'
 */
export function placePool(levels: readonly PlaceLevel[], avoid: string): Place[] {
  const all = allPlaces();
  const count = new Map<string, number>();
  for (const p of all) for (const n of new Set([p.name, shortName(p.name)])) count.set(n, (count.get(n) ?? 0) + 1);
  const pool = all.filter((p) => levels.includes(p.level) && count.get(p.name) === 1 && count.get(shortName(p.name)) === 1 && shortName(p.name) !== p.name && !avoid.includes(shortName(p.name)));
  const next = random(2260);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as Place, pool[i] as Place];
  }
  return pool;
}
