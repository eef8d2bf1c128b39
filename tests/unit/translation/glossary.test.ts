import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/ingest/problems.ts';
import { parseYaml } from '../../../src/ingest/yaml/parse-yaml.ts';
import { glossaryCatalogSchema } from '../../../src/schemas/catalog/glossary.ts';
import { projectCatalogs } from '../../helpers/ingest.ts';

const FILE = 'content/catalog/glossary.yaml';
const problems = (yaml: string) => {
  const read = parseYaml(yaml, FILE, glossaryCatalogSchema);
  return read.ok ? [] : read.problems.map(formatProblem);
};

describe('glossaryCatalogSchema', () => {
  it('holds the terms the issue names, each with one English', () => {
    const g = new Map(projectCatalogs().glossary.flatMap((e) => [e.zh, ...(e.aliases_zh ?? [])].map((zh) => [zh, e.en])));
    expect(g.get('科学素质')).toBe('scientific literacy');
    expect(g.get('科普')).toBe('science popularization');
    expect(g.get('科协')).toBe('association for science and technology');
    expect(g.get('科普教育基地')).toBe('science education base');
    expect(g.get('提升行动') ?? g.get('科学素质提升行动')).toBe('scientific literacy improvement action');
    expect(g.get('重点工程')).toBe('key project');
    expect(g.get('人次')).toBe('person-times');
  });

  it('names the file and line of a Chinese term given twice', () => {
    expect(problems('- { zh: 科普, en: science popularization, kind: term }\n- { zh: 科普, en: popular science, kind: term }\n')).toEqual([
      `${FILE}:2:9: error [[1].zh] duplicate Chinese term "科普" (first at [0].zh)`,
    ]);
  });

  it('names the file and line of an English term given to two concepts', () => {
    expect(problems('- { zh: 科普, en: science popularization, kind: term }\n- { zh: 科学普及, en: Science Popularization, kind: term }\n')).toEqual([
      `${FILE}:2:19: error [[1].en] duplicate English term "science popularization" (first at [0].en)`,
    ]);
  });

  it('names the file and line of an empty entry', () => {
    expect(problems('- { zh: 科普, en: "", kind: term }\n')).toEqual([`${FILE}:1:17: error [[0].en] must not be empty`]);
  });

  it('refuses a rendering to avoid that is another entry’s term', () => {
    expect(problems('- { zh: 科普, en: science popularization, kind: term, avoid_en: [popular science] }\n- { zh: 科普作品, en: popular science, kind: term }\n')[0]).toMatch(
      /glossary\.yaml:1:\d+: error \[\[0\]\.avoid_en\[0\]\] "popular science" is the English of another entry/u,
    );
  });
});
