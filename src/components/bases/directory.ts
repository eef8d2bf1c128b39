// How the bases directory is arranged: by city, then by type, each list in Chinese collation
// order (pinyin). No Astro import, so the unit tests can call it.

/** The fields of a base the directory reads. */
export interface BaseLike {
  id: string;
  name_zh: string;
  city: string;
  type: string;
  status: string;
}

export interface CityGroup<T, K extends string = string> {
  city: string;
  types: Array<{ type: K; bases: T[] }>;
}

const collator = new Intl.Collator('zh-Hans-CN');

/**
 * Bases grouped by city (city keys in alphabetical order, like the plans) and, within a city, by
 * type in `typeOrder`; empty groups are left out.
 * @example directory([{ data: { id: 'a/x', name_zh: '甲', city: 'a', type: 'museum', status: 'existing' } }], ['museum']).map((c) => c.city) // => ['a']
 */
export function directory<T extends { data: BaseLike }, K extends string>(bases: readonly T[], typeOrder: readonly K[]): Array<CityGroup<T, K>> {
  // Grouped in one pass: thousands of bases in a thousand cities.
  const byCity = new Map<string, Map<string, T[]>>();
  for (const b of bases) {
    const types = byCity.get(b.data.city) ?? new Map<string, T[]>();
    types.set(b.data.type, [...(types.get(b.data.type) ?? []), b]);
    byCity.set(b.data.city, types);
  }
  return [...byCity.keys()].sort().map((city) => ({
    city,
    types: typeOrder
      .map((type) => ({
        type,
        bases: [...(byCity.get(city)?.get(type) ?? [])].sort((a, b) => collator.compare(a.data.name_zh, b.data.name_zh) || a.data.id.localeCompare(b.data.id)),
      }))
      .filter((g) => g.bases.length > 0),
  }));
}

/**
 * The anchor of a city's section, or of one type within it, on the directory page.
 * @example baseAnchor('qinzhou', 'museum') // => 'qinzhou-museum'
 * @example baseAnchor('qinzhou') // => 'city-qinzhou'
 */
export function baseAnchor(city: string, type?: string): string {
  return type ? `${city}-${type}` : `city-${city}`;
}
