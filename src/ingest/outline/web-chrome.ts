/**
 * Lines of a scraped web page that are the page, not the document: login links, QR-code prompts,
 * breadcrumbs, click counters, font-size and print controls, assistant widgets.
 * Each pattern must match the whole (trimmed) line.
 */
const CHROME_LINES: readonly RegExp[] = [
  /^(登录|注册|退出|登录\s*\|\s*注册|首页|返回(上页|顶部|首页)?|打印(本页|保存)?|关闭(窗口|本页)?|收藏|分享到?.{0,20}|智能问答|智能客服|在线客服|网站地图|无障碍(浏览|阅读)?(\s*适老版)?|适老版|长者模式|扫码访问|请用手机(扫码)?|扫一扫.{0,12}|微信扫一扫.{0,12}|手机版|移动版)$/u,
  /^当前位置\s*[:：]/u,
  /^【?\s*字(体|号)\s*[:：]/u,
  /点击(量|数|率)\s*[:：]\s*\d+/u,
  /浏览(次数|量)\s*[:：]\s*\d+/u,
  /\[\s*字体\s*[:：]/u,
  /【\s*(打印|关闭)(本页|窗口)?\s*】/u,
];

/** A short line with no punctuation that a page repeats in its header is a site name or menu. */
const SHORT_PLAIN = /^[\p{Script=Han}A-Za-z0-9 ]{1,10}$/u;

/**
 * Finds the lines of a seed that are web-page chrome. `lines` are the trimmed lines in file order.
 * Returns the indexes of chrome lines.
 * @example findWebChrome(['登录', '智慧昆都仑', '智慧昆都仑', '请用手机', '扫码访问', '包头市文件', '正文。']) // => Set {0, 1, 2, 3, 4}
 */
export function findWebChrome(lines: readonly string[]): Set<number> {
  const chrome = new Set<number>();
  lines.forEach((line, i) => {
    if (CHROME_LINES.some((re) => re.test(line))) chrome.add(i);
  });
  // The header: lines before the first that reads as document text (long, or ending a sentence).
  const headerEnd = lines.findIndex((l, i) => !chrome.has(i) && !SHORT_PLAIN.test(l));
  const header = lines.slice(0, headerEnd < 0 ? lines.length : headerEnd);
  header.forEach((line, i) => {
    if (header.indexOf(line) !== header.lastIndexOf(line)) chrome.add(i);
  });
  // A short plain line between two chrome lines in the header is chrome too (menu items).
  header.forEach((line, i) => {
    if (SHORT_PLAIN.test(line) && (chrome.has(i - 1) || i === 0) && chrome.has(i + 1)) chrome.add(i);
  });
  return chrome;
}
