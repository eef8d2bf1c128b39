/**
 * Lines that name who leads and who cooperates, in the three layouts the seeds use:
 * `牵头部门：…` / `配合部门：…` lines, `[牵头单位：…；配合单位：…]`, and `(市教体局牵头，…配合)`.
 * Tested on analysis text (unified punctuation).
 * @example isUnitsLine('牵头部门：市教育局、市科协') // => true
 * @example isUnitsLine('（市教体局牵头，市财政局配合）') // => true
 */
export function isUnitsLine(text: string): boolean {
  return (
    /^[\[【（]?\s*(牵头|配合|责任|协办|参与)(单位|部门)[:：]/u.test(text) ||
    /^（[^（）]*牵头[^（）]*）$/u.test(text) ||
    /^（[^（）]*牵头[，、][^（）]*配合）$/u.test(text)
  );
}
