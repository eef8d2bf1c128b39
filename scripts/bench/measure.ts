// How a build is measured: wall time and peak memory of a command (GNU time: the resident set
// of its largest process), and what it left in its output folder.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A command's wall time in seconds and its largest process's peak resident memory in MB. */
export interface Run {
  seconds: number;
  peakMb: number;
}

/**
 * Runs a command to completion, its output kept in `log`; throws with the log's end on failure.
 * @example timed('npm', ['run', 'build'], { cwd }, 'build.log') // => { seconds: 41.6, peakMb: 1450 }
 */
export function timed(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }, log: string): Run {
  const stats = `${log}.time`;
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', stats, command, ...args], { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const out = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  writeFileSync(log, out);
  if (run.status !== 0) throw new Error(`bench: ${command} ${args.join(' ')} failed in ${options.cwd}:\n${out.slice(-3000)}`);
  const [seconds, kb] = readFileSync(stats, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
  return { seconds: seconds ?? NaN, peakMb: (kb ?? NaN) / 1024 };
}

/** What a built site holds. */
export interface DistFacts {
  bytes: number;
  pages: number;
  largest: { path: string; bytes: number };
  over300k: number;
  /** The paths of its HTML pages, as a bare project renders them ('plans/x', '' for /). */
  paths: string[];
}

/**
 * Sizes of a built site.
 * @example distFacts('dist').pages // => 379
 */
export function distFacts(site: string): DistFacts {
  let bytes = 0;
  const pages: Array<{ path: string; bytes: number }> = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else {
        const size = statSync(path).size;
        bytes += size;
        if (e.name.endsWith('.html')) pages.push({ path: relative(site, path), bytes: size });
      }
    }
  };
  walk(site);
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
  const paths = pages.filter((p) => p.path.endsWith('index.html')).map((p) => p.path.slice(0, -'index.html'.length).replace(/\/$/u, ''));
  return { bytes, pages: pages.length, largest, over300k: pages.filter((p) => p.bytes > 300 * 1024).length, paths };
}
