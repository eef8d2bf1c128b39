import { allPlaces, placesNamed, type Place } from '../places/gazetteer.ts';

export interface FoundPlace {
  /** The gazetteer's place; null for a name it does not have (a new district, a placeholder). */
  place: Place | null;
  /** The place's name: the gazetteer's, or as the title writes it. */
  name: string;
  /** The province the text names first, for a place the gazetteer does not have. */
  province: string | null;
  /** The place's name as the title writes it (宁夏, 包头市). */
  asWritten: string;
  /** Another place of that name was possible and the text did not say which: worth a look. */
  ambiguous: boolean;
}

// Names written without their level: 广西 for 广西壮族自治区, 包头 for 包头市.
const LEVEL_SUFFIX = /(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市|地区|盟|自治州)$/u;
let shortNames: Map<string, Place[]> | null = null;
let longest = 0;

/** The length of the gazetteer's longest name (双江拉祜族佤族布朗族傣族自治县 has 15 characters). */
function longestName(): number {
  longest ||= Math.max(...allPlaces().map((p) => p.name.length));
  return longest;
}

function byShortName(name: string): Place[] {
  if (!shortNames) {
    shortNames = new Map();
    for (const p of allPlaces()) {
      if (p.level !== 'province' && p.level !== 'prefecture') continue;
      const short = p.name.replace(LEVEL_SUFFIX, '');
      if (short.length >= 2 && short !== p.name) shortNames.set(short, [...(shortNames.get(short) ?? []), p]);
    }
  }
  return shortNames.get(name) ?? [];
}

/** The longest place name, full or short, that `text` starts with at `at`. */
function nameAt(text: string, at: number): { written: string; places: Place[] } | null {
  for (let length = Math.min(longestName(), text.length - at); length >= 2; length--) {
    const written = text.slice(at, at + length);
    const places = placesNamed(written);
    if (places.length > 0) return { written, places };
  }
  for (let length = Math.min(6, text.length - at); length >= 2; length--) {
    const written = text.slice(at, at + length);
    const places = byShortName(written);
    if (places.length > 0) return { written, places };
  }
  return null;
}

/**
 * The place a plan is for: the place names its title opens with (宁夏回族自治区, 包头市, 菏泽市牡丹区,
 * 广西), the most specific one, found in the national gazetteer with its province, parent and
 * level. Where two places share the name, the one inside the place named before it wins, then the
 * one in the province the text names first.
 * @example findPlace('包头市全民科学素质行动规划纲要实施方案', '…')?.place // => { code: '150200', name: '包头市', level: 'prefecture', province: '内蒙古自治区', parent: '内蒙古自治区' }
 * @example findPlace('菏泽市牡丹区全民科学素质…', '')?.place.name // => '牡丹区'
 */
export function findPlace(title: string, text: string): FoundPlace | null {
  const chain: Array<{ written: string; places: Place[] }> = [];
  for (let at = 0; at < title.length; ) {
    const found = nameAt(title, at);
    // A place after the first must lie inside it (菏泽市 then 牡丹区), or it is the plan's words.
    const inside = found && chain.length > 0 ? found.places.filter((p) => within(p, chain.at(-1)?.places ?? [])) : found?.places;
    if (!found || !inside || inside.length === 0) break;
    chain.push({ written: found.written, places: inside });
    at += found.written.length;
  }
  const last = chain.at(-1);
  const named = provinceNamedFirst(text);
  if (!last) {
    // A name the gazetteer lacks still names the plan's place, as titles write places.
    const written = /^(\p{Script=Han}{1,6}?市|\p{Script=Han}{1,6}?(?:县|州|盟|旗|区))/u.exec(title)?.[1];
    return written ? { place: null, name: written, province: named, asWritten: written, ambiguous: false } : null;
  }
  const candidates = last.places.length > 1 && named ? last.places.filter((p) => p.province === named) : last.places;
  const place = (candidates.length > 0 ? candidates : last.places)[0];
  if (!place) return null;
  return { place, name: place.name, province: place.province, asWritten: chain.map((c) => c.written).join(''), ambiguous: candidates.length > 1 || (candidates.length === 0 && last.places.length > 1) };
}

function within(p: Place, outer: readonly Place[]): boolean {
  return outer.some((o) => p.parent === o.name || (o.level === 'province' && p.province === o.name));
}

/** The province a text names first (its own, in the plans read so far). */
export function provinceNamedFirst(text: string): string | null {
  let found: string | null = null;
  let at = Infinity;
  for (const p of allPlaces()) {
    if (p.level !== 'province') break;
    const i = text.indexOf(p.name);
    if (i >= 0 && i < at) [found, at] = [p.name, i];
  }
  return found;
}
