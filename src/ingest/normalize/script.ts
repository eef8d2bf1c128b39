// Plans are analysed in Simplified characters; a text in Traditional characters is converted
// for analysis only (with OpenCC's Traditional-to-mainland dictionary), character for character,
// so every offset stays that of the seed and its pages and quotes keep the characters as written.
import * as OpenCC from 'opencc-js/t2cn';

const convert = OpenCC.Converter({ from: 't', to: 'cn' });
const HAN = /\p{Script=Han}/u;

export type Script = 'simplified' | 'traditional';

/**
 * Whether a text is written in Traditional characters: more than 3 % of its Chinese characters
 * (and at least five) have another Simplified form. Simplified seeds have none.
 * @example detectScript('寧夏回族自治區全民科學素質行動規劃綱要') // => 'traditional'
 * @example detectScript('宁夏回族自治区全民科学素质行动规划纲要') // => 'simplified'
 */
export function detectScript(text: string): Script {
  let han = 0;
  let changed = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    han++;
    if (convert(ch) !== ch) changed++;
  }
  return changed >= 5 && changed / Math.max(han, 1) > 0.03 ? 'traditional' : 'simplified';
}

/**
 * A text in Simplified characters, of exactly the same length: whole phrases where OpenCC keeps
 * the length, else character by character, and a character it cannot map one to one as it is.
 * @example toSimplified('為貫徹落實國務院《綱要》') // => '为贯彻落实国务院《纲要》'
 */
export function toSimplified(text: string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  return [...text].map((ch) => {
    const one = convert(ch);
    return one.length === ch.length ? one : ch;
  }).join('');
}
