import { describe, expect, it } from 'vitest';
import { analysisText, displayText, dropSpacesBetweenCjk, fullWidthToAscii, restoreLostDashes, unifyPunctuation } from '../../../src/ingest/normalize/index.ts';
import { mapped } from '../../helpers/ingest.ts';

describe('fullWidthToAscii(text)', () => {
  it('turns full-width digits, letters and the percent sign into ASCII', () => {
    expect(fullWidthToAscii(mapped('２０２５年达到９０％以上，ＡＰＰ')).text).toBe('2025年达到90%以上，APP');
  });
});

describe('dropSpacesBetweenCjk(text)', () => {
  it('removes the spaces PDF extraction leaves between Chinese characters', () => {
    expect(dropSpacesBetweenCjk(mapped('落实习近平总书 记重要论述')).text).toBe('落实习近平总书记重要论述');
  });

  it('keeps spaces between Chinese and digits as the seed typeset them', () => {
    expect(dropSpacesBetweenCjk(mapped('比例为 5.5%,比 2015 年')).text).toBe('比例为 5.5%,比 2015 年');
  });
});

describe('restoreLostDashes(text)', () => {
  it('puts back the dash a scrape dropped from a year range', () => {
    expect(restoreLostDashes(mapped('实施方案(20212025年)')).text).toBe('实施方案(2021—2025年)');
  });

  it('puts back the bracket a scrape dropped from a document number', () => {
    expect(restoreLostDashes(mapped('(国发〔20219号)、(内政发〔202122号)')).text).toBe('(国发〔2021〕9号)、(内政发〔2021〕22号)');
  });

  it('leaves a date that is not a range alone', () => {
    expect(restoreLostDashes(mapped('2022年7月11日')).text).toBe('2022年7月11日');
  });
});

describe('unifyPunctuation(text)', () => {
  it('gives ASCII punctuation in Chinese text its full-width form and keeps decimal points', () => {
    expect(unifyPunctuation(mapped('比例为5.5%,比(2015年)的2.0%提高;')).text).toBe('比例为5.5%，比（2015年）的2.0%提高；');
  });

  it('makes every dash between numbers one em dash', () => {
    expect(unifyPunctuation(mapped('2021-2025年、1–2门、2021 - 2035年')).text).toBe('2021—2025年、1—2门、2021—2035年');
  });
});

describe('displayText(raw) and analysisText(raw)', () => {
  it('shows a reader the seed with PDF spaces gone and the year range whole', () => {
    expect(displayText(mapped('到 ２０２５ 年(20212025年)总书 记')).text).toBe('到 2025 年(2021—2025年)总书记');
  });

  it('gives extractors one spelling whatever the seed typed', () => {
    expect(analysisText(mapped('比例为 5.5%,比 2015 年的 2.0%')).text).toBe(analysisText(mapped('比例为5.5％，比2015年的2.0％')).text);
  });
});
