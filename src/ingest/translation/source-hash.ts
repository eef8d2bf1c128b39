import { createHash } from 'node:crypto';
import { analysisText } from '../normalize/views.ts';
import { MappedText } from '../text/mapped-text.ts';

/**
 * The key of a source unit's Chinese: 12 hex digits of the SHA-256 of its analysis text (one
 * form of punctuation, no spaces around Chinese), so re-spacing or re-punctuating a seed does
 * not mark its translations outdated, and any change of words or links does.
 * @example sourceHash('到2025年，达到[15%](fig:sx1-p1-t1)') === sourceHash('到 2025 年,达到[15%](fig:sx1-p1-t1)') // => true
 */
export function sourceHash(zh: string): string {
  const normalized = analysisText(MappedText.fromSource(zh)).text;
  return createHash('sha256').update(normalized).digest('hex').slice(0, 12);
}
