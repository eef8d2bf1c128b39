import type { Point } from './text/positions.ts';

/**
 * Something ingest could not read, or read with a doubt. Every problem names the seed file,
 * the line and column in it, and the field it concerns, so staff can find and fix it.
 */
export interface Problem {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export function problem(
  file: string,
  at: Point,
  field: string,
  message: string,
  severity: Problem['severity'] = 'warning',
): Problem {
  return { file, line: at.line, column: at.column, field, message, severity };
}

/**
 * One line per problem, in the `file:line:column` form editors and terminals link.
 * @example formatProblem({ file: 'seeds/a.txt', line: 3, column: 1, field: 'title', message: 'no title found', severity: 'error' })
 * // => 'seeds/a.txt:3:1: error [title] no title found'
 */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity} [${p.field}] ${p.message}`;
}

/** Thrown when seeds cannot be ingested; carries every problem found, not only the first. */
export class IngestError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`ingest failed with ${problems.length} error(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'IngestError';
    this.problems = problems;
  }
}
