import { isoDate } from './dates.ts';

export interface CommentWindow {
  start: string;
  end: string;
  days: number | null;
  email: string | null;
  phone: string | null;
  draftedBy: string | null;
}

/**
 * For a draft for public comment (征求意见稿): the comment window, the contact e-mail and phone,
 * and who drafted it. `text` is the analysis text of the notice before the plan.
 * @example findCommentWindow('征求意见时间30天（自2022年3月17日至2022年4月17日止）。电子邮箱：a@b.com')
 * // => { start: '2022-03-17', end: '2022-04-17', days: 30, email: 'a@b.com', phone: null, draftedBy: null }
 */
export function findCommentWindow(text: string): CommentWindow | null {
  const window = /(?:自|从)?(\d{4}年\d{1,2}月\d{1,2}日)(?:起)?(?:至|到|—)(\d{4}年\d{1,2}月\d{1,2}日)/u.exec(
    text.slice(Math.max(0, text.search(/征求意见|意见反馈|反馈意见/u))),
  );
  if (!window?.[1] || !window[2]) return null;
  const start = isoDate(window[1]);
  const end = isoDate(window[2]);
  if (!start || !end) return null;
  return {
    start,
    end,
    days: Number(/征求意见(?:时间|期|期限)?(?:为)?(\d+)(?:天|日)/u.exec(text)?.[1]) || null,
    email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/u.exec(text)?.[0] ?? null,
    phone: /(?:联系)?电话[：:]?\s*((?:\d{3,4}—)?\d{7,8})/u.exec(text)?.[1] ?? null,
    draftedBy: /(\p{Script=Han}{2,12}?)牵头起草/u.exec(text)?.[1] ?? null,
  };
}
