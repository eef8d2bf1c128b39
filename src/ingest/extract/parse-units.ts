export interface UnitNames {
  lead: string[];
  cooperating: string[];
}

/**
 * The unit names a lead/cooperating line gives, in the three layouts the seeds use. `text` is
 * analysis text (full-width punctuation).
 * @example parseUnitsLine('牵头部门：市教育局、市科协') // => { lead: ['市教育局', '市科协'], cooperating: [] }
 * @example parseUnitsLine('[牵头单位：市教育局，团市委；配合单位：市委统战部（市民宗委），市妇联]') // => { lead: ['市教育局', '团市委'], cooperating: ['市委统战部（市民宗委）', '市妇联'] }
 * @example parseUnitsLine('（市教体局牵头，市财政局、团市委配合）') // => { lead: ['市教体局'], cooperating: ['市财政局', '团市委'] }
 */
export function parseUnitsLine(text: string): UnitNames {
  const inner = text.trim().replace(/^[\[【（]/u, '').replace(/[\]】）]$/u, '');
  const labelled = /^(?:牵头(?:单位|部门)[：:](?<lead>.*?))?[；;]?(?:配合(?:单位|部门)[：:](?<coop>.*))?$/u.exec(inner);
  if (labelled?.groups && (labelled.groups['lead'] !== undefined || labelled.groups['coop'] !== undefined) && /(?:牵头|配合)(?:单位|部门)[：:]/u.test(inner)) {
    return { lead: splitNames(labelled.groups['lead'] ?? ''), cooperating: splitNames(labelled.groups['coop'] ?? '') };
  }
  const inline = /^(?<lead>.*?)牵头(?:[，,](?<coop>.*?)配合)?$/u.exec(inner);
  if (inline?.groups) return { lead: splitNames(inline.groups['lead'] ?? ''), cooperating: splitNames(inline.groups['coop'] ?? '') };
  return { lead: [], cooperating: [] };
}

/**
 * Splits a list of unit names on 、，；, keeping brackets whole: `市委统战部（市民宗委）`, `市农业农村局<市乡村振兴局>`.
 * What has no Chinese in it (a dash, a stray bracket) names no unit and is left out.
 * @example splitNames('市委统战部（市民宗委），市妇联、各县（区）人民政府') // => ['市委统战部（市民宗委）', '市妇联', '各县（区）人民政府']
 * @example splitNames('市教体局、——、市科协') // => ['市教体局', '市科协']
 */
export function splitNames(list: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if ('（(<〈【['.includes(ch)) depth++;
    if ('）)>〉】]'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、，,；;'.includes(ch)) {
      if (current.trim()) names.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) names.push(current.trim());
  return names.filter((name) => /\p{Script=Han}/u.test(name));
}
