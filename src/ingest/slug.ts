import { pinyin } from 'pinyin-pro';

/**
 * A lowercase, hyphenated pinyin slug for Chinese words; Latin letters and digits are kept.
 * @example pinyinSlug('中卫') // => 'zhongwei'
 * @example pinyinSlug('市委宣传部', { separate: true }) // => 'shi-wei-xuan-chuan-bu'
 */
export function pinyinSlug(text: string, options: { separate?: boolean } = {}): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) as string[];
  return syllables
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/gu, '-'))
    .join(options.separate ? '-' : '')
    .replace(/-+/gu, '-')
    .replace(/^-|-$/gu, '');
}
