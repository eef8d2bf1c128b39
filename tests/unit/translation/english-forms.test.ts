import { describe, expect, it } from 'vitest';
import { hanRuns } from '../../../src/i18n/han-runs.ts';
import { englishNumber } from '../../../src/ingest/outline/english-number.ts';
import { placeInPinyin } from '../../../src/site/names.ts';
import { romanizeDocNumber } from '../../../src/translation/romanize.ts';

describe('romanizeDocNumber', () => {
  it.each([
    ['包府发〔2022〕42号', 'Baofufa [2022] No. 42'],
    ['钦政发〔2022〕5号', 'Qinzhengfa [2022] No. 5'],
    ['国发〔2021〕9号', 'Guofa [2021] No. 9'],
    ['宁政办发〔2021〕66号', 'Ningzhengbanfa [2021] No. 66'],
  ])('romanizes %s as official English writes it: %s', (zh, en) => {
    expect(romanizeDocNumber(zh)).toBe(en);
  });
});

describe('placeInPinyin', () => {
  it('drops 市 and keeps the level of counties, districts and banners', () => {
    expect(placeInPinyin('钦州市')).toBe('Qinzhou');
    expect(placeInPinyin('海原县')).toBe('Haiyuan County');
    expect(placeInPinyin('沙坡头区')).toBe('Shapotou District');
    expect(placeInPinyin('达拉特旗')).toBe('Dalate Banner');
    expect(placeInPinyin('津市')).toBe('Jinshi');
  });
});

describe('englishNumber', () => {
  it('numbers chapters in Roman numerals, sections in brackets, items as written and sub-items by letter', () => {
    expect(englishNumber({ kind: 'chapter', ordinal: 4 })).toBe('IV.');
    expect(englishNumber({ kind: 'section', ordinal: 2 })).toBe('(2)');
    expect(englishNumber({ kind: 'item', ordinal: 3 })).toBe('3.');
    expect(englishNumber({ kind: 'subitem', ordinal: 2 })).toBe('(b)');
    expect(englishNumber({ kind: 'bullet', ordinal: null })).toBe('—');
    expect(englishNumber({ kind: 'title', ordinal: null })).toBe('');
  });
});

describe('hanRuns', () => {
  it('marks the Chinese runs inside English text, with their brackets', () => {
    expect(hanRuns('1.2万 (1.2 ten-thousands) becomes 12000')).toEqual([
      { text: '1.2', han: false },
      { text: '万', han: true },
      { text: ' (1.2 ten-thousands) becomes 12000', han: false },
    ]);
    expect(hanRuns('the revised 《科学技术普及法》 (2024)').filter((p) => p.han).map((p) => p.text)).toEqual(['《科学技术普及法》']);
  });
});
