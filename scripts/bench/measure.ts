// How a build is measured: wall time (GNU time) and the memory of all its processes together,
// sampled twice a second (memory.ts), and what it left in its output folder.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { treeMemory } from './memory.ts';

/** A command's wall time in seconds and its processes' peak resident memory in MB. */
export interface Run {
  seconds: number;
  /** The most its processes held at one time, together. */
  peakMb: number;
  /** The most one of its processes held. */
  largestMb: number;
}

const SAMPLE_MS = 500;
const MB = 1024 * 1024;

/**
 * Samples the memory of a process and its descendants until stopped; `stop` gives the peaks in MB.
 * @example const sampler = samplePeak(process.pid); await work(); sampler.stop() // => { peakMb: 1200, largestMb: 900 }
 */
export function samplePeak(pid: number, everyMs = SAMPLE_MS): { stop: () => Pick<Run, 'peakMb' | 'largestMb'> } {
  let peak = 0;
  let largest = 0;
  const sample = setInterval(() => {
    const now = treeMemory(pid);
    peak = Math.max(peak, now.total);
    largest = Math.max(largest, now.largest);
  }, everyMs);
  return {
    stop: () => {
      clearInterval(sample);
      return { peakMb: peak / MB, largestMb: largest / MB };
    },
  };
}

/**
 * Runs a command to completion, its output kept in `log`; rejects with the log's end on failure.
 * @example await timed('npm', ['run', 'build'], { cwd }, 'build.log') // => { seconds: 41.6, peakMb: 1450, largestMb: 980 }
 */
export function timed(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }, log: string): Promise<Run> {
  const stats = `${log}.time`;
  const child = spawn('/usr/bin/time', ['-f', '%e', '-o', stats, command, ...args], { cwd: options.cwd, env: options.env ?? process.env });
  const out: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => out.push(b));
  const sampler = samplePeak(child.pid ?? 0);
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      const memory = sampler.stop();
      const text = Buffer.concat(out).toString('utf8');
      writeFileSync(log, text);
      if (code !== 0) return reject(new Error(`bench: ${command} ${args.join(' ')} failed in ${options.cwd}:\n${text.slice(-3000)}`));
      const seconds = Number(readFileSync(stats, 'utf8').trim().split('\n').at(-1));
      resolve({ seconds, ...memory });
    });
  });
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
