import { pinyin } from 'pinyin-pro';

/**
 * A document number in the romanized form official English uses: the issuer's abbreviation in
 * pinyin as one capitalized word, the year in square brackets, then "No.". Used where no
 * translator has given one; the translation memory's `doc-number` wins.
 * @example romanizeDocNumber('包府发〔2022〕42号') // => 'Baofufa [2022] No. 42'
 * @example romanizeDocNumber('宁政办发〔2021〕66号') // => 'Ningzhengbanfa [2021] No. 66'
 */
export function romanizeDocNumber(docNumber: string): string {
  const m = /^(\p{Script=Han}+)\s*[〔［[（(【]\s*(\d{4})\s*[〕］\]）)】]\s*(\d+)\s*号$/u.exec(docNumber.trim());
  if (!m) return romanizeName(docNumber);
  return `${romanizeName(m[1] ?? '')} [${m[2]}] No. ${m[3]}`;
}

/**
 * Chinese as one capitalized pinyin word without tones; other characters kept.
 * @example romanizeName('包府发') // => 'Baofufa'
 */
export function romanizeName(zh: string): string {
  let name = romanized.get(zh);
  if (name === undefined) {
    const word = (pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) as string[]).join('');
    name = word.charAt(0).toUpperCase() + word.slice(1);
    romanized.set(zh, name);
  }
  return name;
}

// Pages name the same places thousands of times; pinyin-pro takes a while for each.
const romanized = new Map<string, string>();
