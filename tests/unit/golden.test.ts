// Golden files: what ingest reads from each real seed and each edge case, checked in under
// tests/fixtures. They guard against regressions; they were read against the seeds when written.
// Regenerate on purpose only: `UPDATE=1 npm test -- tests/unit/golden.test.ts`, then review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readSeed } from '../../src/ingest/read-seed.ts';
import { projectCatalogs } from '../helpers/ingest.ts';
import { summarize } from '../helpers/summary.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const update = process.env['UPDATE'] === '1' && !process.env['CI'];

const cases = [
  ...readdirSync(`${root}seeds`).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f.replace(/\.txt$/u, ''), input: `${root}seeds/${f}`, golden: `${root}tests/fixtures/golden/${f.replace(/\.txt$/u, '.yaml')}` })),
  ...readdirSync(`${root}tests/fixtures/edge`).filter((f) => f.endsWith('.txt')).map((f) => ({ name: `edge/${f}`, input: `${root}tests/fixtures/edge/${f}`, golden: `${root}tests/fixtures/edge/${f.replace(/\.txt$/u, '.yaml')}` })),
];

describe('readSeed(golden cases)', () => {
  it.each(cases)('reads $name as its golden file says', ({ name, input, golden }) => {
    const result = readSeed(name.split('/').at(-1) ?? name, readFileSync(input), projectCatalogs());
    const actual = result.ok ? summarize(result.plan) : { problems: result.problems };
    if (update || !existsSync(golden)) {
      if (!update) throw new Error(`no golden file ${golden}; run with UPDATE=1 and review it`);
      writeFileSync(golden, stringify(actual, { lineWidth: 0 }));
    }
    expect(actual).toEqual(parse(readFileSync(golden, 'utf8')));
  });
});
