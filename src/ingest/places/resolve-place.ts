import type { City } from '../../schemas/catalog/city.ts';
import { pinyinSlug } from '../slug.ts';
import type { FoundPlace } from '../extract/find-place.ts';
import { allPlaces, type Place, type PlaceLevel } from './gazetteer.ts';

/** Where a plan is from, as the content records it. */
export interface PlanPlace {
  /** The key the plan's pages and data link its place by. */
  key: string;
  zh: string;
  province: string | null;
  parent: string | null;
  level: PlaceLevel | 'unknown';
  /** GB/T 2260 code, when the gazetteer knows the place. */
  code: string | null;
}

const LEVEL_WORD = /(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|自治县|自治旗|自治州|地区|省|市|县|区|旗|盟)$/u;

/**
 * A found place as the plan's place: the staff catalog (cities.yaml) sets its key and may correct
 * its province, parent or level; otherwise its key is the pinyin of its name without the level
 * word, led by its parent's where another place would take the same key.
 * @example resolvePlace(found('安宁市'), catalog).key // => 'anning'
 * @example resolvePlace(found('鼓楼区 in 南京市'), []).key // => 'nanjing-gulou'
 */
export function resolvePlace(found: FoundPlace, cities: readonly City[]): PlanPlace {
  const p = found.place;
  const staff = cities.find((c) => c.name_zh === found.name);
  if (!p) {
    return { key: staff?.key ?? baseKey(found.name), zh: found.name, province: staff?.province_zh ?? found.province, parent: staff?.parent_zh ?? null, level: staff?.level ?? 'unknown', code: null };
  }
  let key = staff?.key ?? baseKey(p.name);
  // Places whose names sound alike share a pinyin key (抚州 and 福州, 德清 and 德庆, 安宁市 and
  // 安宁区): the highest-ranking one keeps it if it is the only one of its rank; the others are
  // led by their parent's key (lanzhou-anning, jiangxi-fuzhou). The gazetteer's version is pinned,
  // so keys change only when it is updated on purpose.
  if (!staff && p.parent && (cities.some((c) => c.key === key && c.name_zh !== p.name) || !ownsKey(p, key))) key = `${baseKey(p.parent)}-${key}`;
  const parent = p.level === 'province' || p.level === 'prefecture' ? null : p.parent;
  return {
    key,
    zh: p.name,
    province: staff?.province_zh ?? p.province,
    parent: staff?.parent_zh !== undefined ? staff.parent_zh : parent,
    level: staff?.level ?? p.level,
    code: p.code,
  };
}

// An autonomous place is keyed by its own name, as its English name is (海北藏族自治州: Haibei):
// the shortest prefix before the peoples it is named for (彝族哈尼族拉祜族) and the level word.
const PEOPLES_AND_LEVEL = /^(.{2,}?)(?:[^族]{1,3}族)+自治(?:州|县|旗)$/u;

function baseKey(name: string): string {
  return pinyinSlug(name.replace(PEOPLES_AND_LEVEL, '$1').replace(LEVEL_WORD, '') || name);
}

const RANK: Record<string, number> = { province: 0, prefecture: 1, 'county-level': 2, county: 2, district: 2 };
let byKey: Map<string, Place[]> | null = null;

/** Whether a place is the one a bare key names: the only one of the highest rank among those sharing it. */
function ownsKey(place: Place, key: string): boolean {
  if (!byKey) {
    byKey = new Map();
    for (const o of allPlaces()) byKey.set(baseKey(o.name), [...(byKey.get(baseKey(o.name)) ?? []), o]);
  }
  const sharing = byKey.get(key) ?? [place];
  const top = Math.min(...sharing.map((o) => RANK[o.level] ?? 9));
  const atTop = sharing.filter((o) => (RANK[o.level] ?? 9) === top);
  return atTop.length === 1 && atTop[0]?.code === place.code;
}
