// Words that name who a figure is about, for figures outside a group's own action.
const GROUP_WORDS: ReadonlyArray<[string, RegExp]> = [
  ['youth', /青少年|学生|中小学|示范学校|科技教师|科技辅导员|教师/u],
  ['farmers', /农民|农牧民|农村|乡村|行政村|村两委|嘎查村/u],
  ['workers', /产业工人|职工|工人|高层次创新人才/u],
  ['elderly', /老年/u],
  ['officials', /领导干部|公务员/u],
];

/**
 * The population group a figure's words name, or `general` when they name none or several.
 * @example groupFromWords('培训农村技能人才') // => 'farmers'
 * @example groupFromWords('培训青少年、农民、工人等重点人群') // => 'general'
 */
export function groupFromWords(words: string): string {
  const found = GROUP_WORDS.filter(([, re]) => re.test(words)).map(([key]) => key);
  return found.length === 1 && found[0] ? found[0] : 'general';
}
