// A seed moved to another place: every mention of its city, the city's parent and its province
// (full names first, then their short forms) becomes the other place's. What stays is the
// published text itself — its sections, targets, measures and quirks — so a corpus made this way
// costs what real plans of other places would.
import type { Place } from '../../src/ingest/places/gazetteer.ts';

/** The names a text calls a place by: 宁夏回族自治区 and 宁夏, 包头市 and 包头. */
export interface PlaceNames {
  full: string;
  short: string;
}

/**
 * The short form of a place's name, as texts write it after the first mention.
 * @example shortName('宁夏回族自治区') // => '宁夏'
 * @example shortName('包头市') // => '包头'
 */
export function shortName(full: string): string {
  const short = full
    .replace(/(壮族|回族|维吾尔)?自治区$/u, '')
    .replace(/(?<=..)(各族|蒙古族|藏族|彝族|苗族|土家族|朝鲜族|哈尼族|傣族|布依族|侗族|白族|回族|羌族|黎族|傈僳族|景颇族|哈萨克族|柯尔克孜族)+自治[州县]$/u, '')
    .replace(/(?<=..)(省|市|县|区|自治州|自治县|地区|盟|旗|林区|特区)$/u, '');
  return short.length >= 2 ? short : full;
}

/** A place's names, for renaming. */
export function namesOf(place: Pick<Place, 'name'>): PlaceNames {
  return { full: place.name, short: shortName(place.name) };
}

/**
 * The text with each `from` place named as the matching `to` place; pairs apply in the order
 * given, and all full names before any short one (包头市 must not become 大同头市).
 * @example renamePlaces('包头市和包头', [[{ full: '包头市', short: '包头' }, { full: '大同市', short: '大同' }]]) // => '大同市和大同'
 */
export function renamePlaces(text: string, pairs: ReadonlyArray<readonly [PlaceNames, PlaceNames]>): string {
  // Placeholders keep a name already replaced from being matched again by a later pair.
  const marks: string[] = [];
  const mark = (value: string) => `\u{E000}${String.fromCodePoint(0xe100 + marks.push(value) - 1)}`;
  let out = text;
  for (const key of ['full', 'short'] as const) {
    for (const [from, to] of pairs) out = out.split(from[key]).join(mark(to[key]));
  }
  return out.replace(/\u{E000}(.)/gu, (_m, c: string) => marks[(c.codePointAt(0) ?? 0) - 0xe100] ?? '');
}
