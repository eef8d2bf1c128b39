export { fullWidthToAscii } from './full-width.ts';
export { dropSpacesAroundCjk, dropSpacesBetweenCjk, plainSpaces } from './cjk-spaces.ts';
export { restoreLostDashes } from './lost-dashes.ts';
export { unifyPunctuation } from './punctuation.ts';
export { displayText, analysisText } from './views.ts';
