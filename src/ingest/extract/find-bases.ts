import type { AppliedCorrection } from '../../schemas/applied-correction.ts';
import type { DocParagraph } from '../outline/tree.ts';

export type BaseType = 'science-museum' | 'popularization-hall' | 'museum' | 'popularization-base' | 'exchange-center';

export interface BaseDraft {
  name: string;
  type: BaseType;
  status: 'existing' | 'planned';
  paragraph: DocParagraph;
  /** Offsets of the name in the paragraph's analysis text. */
  start: number;
  end: number;
  /** A staff correction of this venue (content/corrections), if any. */
  correction?: AppliedCorrection;
}

const SUFFIX: ReadonlyArray<[RegExp, BaseType]> = [
  [/科技馆$/u, 'science-museum'],
  [/(科普馆|展示馆|体验馆)$/u, 'popularization-hall'],
  [/博物馆$/u, 'museum'],
  [/交流中心$/u, 'exchange-center'],
  [/基地$/u, 'popularization-base'],
];
const VENUE = /[\p{Script=Han}—]{2,16}?(?:科技馆|科普馆|展示馆|体验馆|博物馆|交流中心)/gu;
// Words that make a venue a kind of venue, not a named one: 县级科技馆, 农村中学科技馆, 消防安全科普馆.
const GENERIC = /科普|农村|中学|牧区|两级|市级|县级|区级|国家级|自治区级|省级|各级|农村中学|中小学|校园|青少年|少年|实体|流动|数字|专业类|综合类|专业|特色|综合|现代|科技|工业|消防安全|气象|应急|安全|各类|一批|街道|微型|公共|主题|健康|产业|中国|市|县|区|和|或|等|的|及|与|建设|推动|加强|完善|开工|争取|积极|力争|利用|通过|实施|发挥|重点|继续|推进|鼓励|支持|建立|健全/gu;
const PLANNED = /争取|开工建设|新建|筹建|规划建设|拟建|力争建设|推动建设/u;
const LIST_OF_BASES = /((?:[\p{Script=Han}（）]{2,16}、)+[\p{Script=Han}（）]{2,16})等(?:各类|一批)?(科普教育基地|科普基地)/gu;

/**
 * Named science venues and bases in a plan's text: a venue whose name has words of its own
 * (中卫市青少年科技馆, 三娘湾中华白海豚科普馆, 坭兴陶博物馆), the places listed before
 * `等各类科普教育基地`, the county museums a plan seeks to build (`争取中宁县、海原县建设县级科技馆`),
 * and the city museum it will start (`开工建设市科技馆`). Status is planned where the words say so.
 */
export function findBases(paragraphs: readonly DocParagraph[], city: string): BaseDraft[] {
  const out: BaseDraft[] = [];
  for (const p of paragraphs) {
    const text = p.analysis.text;
    const add = (name: string, type: BaseType, status: BaseDraft['status'], start: number) =>
      out.push({ name, type, status, paragraph: p, start, end: start + name.length });

    for (const m of text.matchAll(/争取((?:\p{Script=Han}{1,4}[县区旗]、?)+)建设县级科技馆/gu)) {
      for (const county of (m[1] ?? '').split('、').filter(Boolean)) add(`${county}科技馆`, 'science-museum', 'planned', m.index + m[0].indexOf(county));
    }
    for (const m of text.matchAll(/(?:开工)?建设市科技馆/gu)) add(`${city}科技馆`, 'science-museum', 'planned', m.index);
    for (const m of text.matchAll(LIST_OF_BASES)) {
      const items = (m[1] ?? '').split('、');
      let at = m.index;
      for (const item of items) {
        const name = item.replace(/^(?:加强|推动|依托|建设)/u, '');
        if (named(name) && !SUFFIX.slice(0, 4).some(([re]) => re.test(name))) add(name, 'popularization-base', 'existing', text.indexOf(name, at));
        at += item.length + 1;
      }
    }
    for (const m of text.matchAll(VENUE)) {
      const name = trimLead(m[0]);
      if (!named(name) || /中国流动科技馆|中国数字科技馆/u.test(name)) continue;
      const type = SUFFIX.find(([re]) => re.test(name))?.[1] ?? 'popularization-hall';
      const clause = text.slice(Math.max(0, text.lastIndexOf('，', m.index) + 1), m.index);
      add(name, type, PLANNED.test(clause) ? 'planned' : 'existing', m.index + m[0].length - name.length);
    }
  }
  return dedupe(out);
}

// Words after which a venue's own name begins: verbs, particles and lists before it.
const BEFORE_NAME = /(?:了|的|以|和|与|及|或|在|对|把|将|、|建设|利用|开放|加强|完善|发挥|推动|提升|提高|促进|实现|做好|形成|加大|争取|构建|推行|建立健全|建立|充实|举办|强化|引导|实施|通过|支持|鼓励|开工|建成|两级|各级|发展|打造|进一步|不断)/gu;

/** The name proper of a venue: the words after the last verb, particle or list mark before it. */
function trimLead(s: string): string {
  let cut = 0;
  for (const m of s.matchAll(BEFORE_NAME)) cut = m.index + m[0].length;
  return s.slice(cut);
}

function named(name: string): boolean {
  const core = name.replace(/(科技馆|科普馆|展示馆|体验馆|博物馆|交流中心|科普教育基地|科普基地|基地)$/u, '');
  return core.replace(GENERIC, '').replace(/[（）()—]/gu, '').length >= 2;
}

function dedupe(list: BaseDraft[]): BaseDraft[] {
  const seen = new Set<string>();
  return list.filter((b) => {
    const key = `${b.paragraph.index}:${b.name}`;
    if (seen.has(key) || list.some((o) => o !== b && o.paragraph === b.paragraph && o.name.length > b.name.length && o.name.endsWith(b.name) && o.start <= b.start)) return false;
    seen.add(key);
    return true;
  });
}
