import { describe, expect, it } from 'vitest';
import { avoidedIn, termIssues, termPattern } from '../../../src/translation/terms.ts';
import { projectCatalogs } from '../../helpers/ingest.ts';

const glossary = projectCatalogs().glossary;

describe('termPattern', () => {
  it('allows singular and plural, a possessive, a hyphen for a space and either apostrophe', () => {
    expect(termPattern('science and technology volunteers').test('a Science and Technology Volunteer')).toBe(true);
    expect(termPattern('farmers and herders').test("the Farmers' and Herders' Action")).toBe(true);
    expect(termPattern("People's Government").test('the Municipal People’s Government')).toBe(true);
    expect(termPattern('high-quality farmers').test('high quality farmers')).toBe(true);
  });

  it('matches whole words only', () => {
    expect(termPattern('museum').test('museums')).toBe(true);
    expect(termPattern('museum').test('amuseuments')).toBe(false);
  });
});

describe('termIssues', () => {
  it('wants the glossary English of each Chinese term, the longest term first', () => {
    const issues = termIssues(glossary, { zh: '建设科普教育基地', en: 'Build science popularization bases' });
    expect(issues.map((i) => i.zh)).toContain('科普教育基地');
    expect(issues.map((i) => i.zh)).not.toContain('科普');
  });

  it('accepts a translation that uses the glossary term, in any number and case', () => {
    expect(termIssues(glossary, { zh: '[科技志愿者](fig:a-t1)达到2万人', en: '[Science and technology volunteers](fig:a-t1) shall reach 20,000' })).toEqual([]);
  });

  it('reports a rendering the glossary avoids', () => {
    const issues = termIssues(glossary, { zh: '提升科学素质', en: 'raise science literacy' });
    expect(issues.map((i) => i.message)).toContain('“science literacy” renders 科学素质 another way than the glossary’s “scientific literacy”');
  });
});

describe('avoidedIn', () => {
  it('finds a rendering to avoid, but not inside a longer glossary term', () => {
    expect(avoidedIn(glossary, 'Youth Science Literacy Improvement Action').map((a) => a.found)).toEqual(['Science Literacy']);
    expect(avoidedIn(glossary, 'science and technology volunteers')).toEqual([]);
    expect(avoidedIn(glossary, 'technology volunteers').map((a) => a.zh)).toEqual(['科技志愿者']);
  });
});
