import type { MappedText } from '../text/mapped-text.ts';
import { dropSpacesAroundCjk, dropSpacesBetweenCjk, plainSpaces } from './cjk-spaces.ts';
import { fullWidthToAscii } from './full-width.ts';
import { restoreLostDashes } from './lost-dashes.ts';
import { unifyPunctuation } from './punctuation.ts';

/**
 * What a reader sees: the seed's own characters, with PDF spaces between Chinese characters
 * removed, full-width digits made ASCII and lost year-range dashes restored.
 * @example displayText(MappedText.fromSource('到 ２０２５ 年(20212025年)总书 记')).text // => '到 2025 年(2021—2025年)总书记'
 */
export function displayText(raw: MappedText): MappedText {
  return restoreLostDashes(fullWidthToAscii(dropSpacesBetweenCjk(plainSpaces(raw))));
}

/**
 * What extractors read: the display text with one form of punctuation and no spaces around
 * Chinese or digits, so `比例为 5.5%,` and `比例为5.5％，` are the same string.
 * @example analysisText(MappedText.fromSource('比例为 5.5%,比 2015 年')).text // => '比例为5.5%，比2015年'
 */
export function analysisText(raw: MappedText): MappedText {
  return dropSpacesAroundCjk(unifyPunctuation(displayText(raw)));
}
