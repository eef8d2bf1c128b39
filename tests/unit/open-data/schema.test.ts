import { describe, expect, it } from 'vitest';
import { fieldRows, jsonSchemaOf, OPEN_DATA_FILES } from '../../../src/open-data/json-schema.ts';
import { validated } from '../../../src/open-data/validated.ts';

describe('fieldRows(file)', () => {
  it('lists every field of each export with its type and a meaning in both languages', () => {
    for (const file of OPEN_DATA_FILES) {
      const rows = fieldRows(file);
      expect(rows.length, file).toBeGreaterThan(5);
      expect(rows.filter((r) => r.description.en === '' || r.description.zh === '').map((r) => `${file}.${r.name}`)).toEqual([]);
    }
    expect(fieldRows('targets').find((r) => r.name === 'comparator')?.type).toBe('">=" | "=" | "~" | "<="');
    expect(fieldRows('targets').find((r) => r.name === 'deadline_year')?.type).toBe('integer | null');
  });
});

describe('jsonSchemaOf(file, id)', () => {
  it('is a draft 2020-12 schema with its address as $id and rows that admit no other field', () => {
    const schema = jsonSchemaOf('targets', new URL('https://kepu.example/data/schema/targets.schema.json')) as { $id: string; $schema: string; items: { additionalProperties: boolean; required: string[] } };
    expect(schema.$id).toBe('https://kepu.example/data/schema/targets.schema.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.items.additionalProperties).toBe(false);
    expect(schema.items.required).toContain('quote');
  });
});

describe('validated(file, value)', () => {
  it('fails an export that breaks the contract, naming the file, the row and the field', () => {
    expect(() => validated('plans', [{ slug: 'baotou-suzhi-2021-2025' }])).toThrow(/^the plans export does not match its schema \(src\/schemas\/open-data\.ts\):\ndist\/data\/plans\.json: \[0\] \(baotou-suzhi-2021-2025\) seed: Invalid input: expected string, received undefined/u);
    expect(() => validated('meta', { commit: 'x' })).toThrow(/dist\/data\/meta\.json: commit: Invalid string: must match pattern/u);
  });
});
