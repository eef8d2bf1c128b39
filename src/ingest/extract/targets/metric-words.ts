// Words around a figure that say when, where or how much, not what is counted.
const LEADING = /^(?:到|至|在)?(?:\d{4}年(?:底|末|前)?|[“"]?十[一二三四五六七八九]五[”"]?(?:期间|时期|末|以来)?|五年来|全市|我市|力争|其中|共计?|累计|同时|并|要|还|期间|比)+/u;
const TRAILING = /(?:应|要|均|需)?(?:达到|达|为|提高到|提升到|超过|不少于|不低于|至少|约|近|共|累计|了)$/u;
const HEDGES = /(?:不少于|至少|不低于|超过)/gu;

/**
 * What a figure counts, from the words of its clause: the words before it, less time words,
 * comparators and verbs of reaching; with the noun after it when the figure is a count
 * (`培养4000名高素质农民` → 培养高素质农民).
 * @example metricWords('全市公民具备科学素质比例达到', '', '%') // => '公民具备科学素质比例'
 * @example metricWords('在“十四五”期间建设不少于', '科学教育示范学校', '所') // => '建设科学教育示范学校'
 */
export function metricWords(before: string, after: string, unit: string): string {
  let pre = before.replace(HEDGES, '');
  for (let previous = ''; previous !== pre; ) {
    previous = pre;
    pre = pre.replace(LEADING, '').replace(TRAILING, '').replace(/的$/u, '');
  }
  const noun = /^的?([\p{Script=Han}（）“”"]+)/u.exec(after)?.[1] ?? '';
  if (pre.length <= 1) return noun.replace(/^的/u, '');
  return unit === '%' || unit === '' ? pre : pre + noun;
}
