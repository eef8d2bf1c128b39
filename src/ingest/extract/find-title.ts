import type { PageMetadata } from './metadata.ts';

export interface PlanTitle {
  /** The plan's own title, without a covering notice's words or a draft mark. */
  title: string;
  draft: boolean;
}

// A notice's title, from the start of its paragraph (after its issuer, with no book title marks
// before: a plan's first sentence cites 《国务院关于印发…的通知》 too), to its first 的通知 — the
// line may run on into the addressees (…的通知各县区人民政府：).
const ISSUER = '^[^《》〈〉，。：:]{0,40}?';
const NOTICE = [
  new RegExp(`${ISSUER}关于印发[《〈]?(.+?)[》〉]?的通知`, 'u'),
  new RegExp(`${ISSUER}关于征求[《〈]?(.+?)[》〉]?(?:的)?意见(?:和建议)?的通知`, 'u'),
  new RegExp(`${ISSUER}关于公开征求[《〈]?(.+?)[》〉]?(?:的)?意见(?:和建议)?的(?:通知|公告)`, 'u'),
];
const DRAFT = /[（(]?征求意见稿[)）]?/u;

/**
 * The plan's title: from a covering notice (`…关于印发X的通知` → X), or the first heading.
 * `paragraphs` are analysis texts in order; `metadata.name` is the page's document name.
 * @example findTitle(['包头市人民政府关于印发包头市全民科学素质行动规划纲要实施方案（2021—2025年）的通知'], noMetadata)
 * // => { title: '包头市全民科学素质行动规划纲要实施方案（2021—2025年）', draft: false }
 */
export function findTitle(paragraphs: readonly string[], metadata: PageMetadata): PlanTitle | null {
  const candidates = [metadata.name, ...paragraphs.slice(0, 3)].filter((t): t is string => !!t);
  for (const text of candidates) {
    for (const re of NOTICE) {
      const m = re.exec(text);
      if (m?.[1]) return clean(m[1], DRAFT.test(text));
    }
  }
  // A first paragraph that reads as a title: short, no sentence in it. A text that opens with a
  // sentence has no title to find.
  const first = paragraphs.find((p) => p.trim() !== '');
  return first && [...first].length <= 60 && !/[。；！？]/u.test(first) ? clean(first, DRAFT.test(first)) : null;
}

function clean(title: string, draft: boolean): PlanTitle {
  return { title: title.replace(DRAFT, '').replace(/[《》]/gu, '').trim(), draft };
}
