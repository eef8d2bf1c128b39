// Global setup of the `site` tests, before the build: the browser tests drive Debian's Chromium
// (nothing downloads a browser). When it is missing they say how to get it, or install it where
// they can (as root with apt-get, as .ci/run does), instead of failing in the middle of the run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** What the check may do to the machine; tests pass fakes. */
export interface Machine {
  exists: (path: string) => boolean;
  isRoot: boolean;
  hasAptGet: boolean;
  run: (command: string, args: string[]) => void;
  log: (line: string) => void;
}

/**
 * Makes sure Chromium is at `path`: installs it with apt-get when that is possible, and
 * otherwise throws an error that says exactly how to get it.
 * @example ensureChromium('/usr/bin/chromium', machine) // throws 'The browser tests need Chromium at /usr/bin/chromium …'
 */
export function ensureChromium(path: string, machine: Machine): void {
  if (machine.exists(path)) return;
  if (path === '/usr/bin/chromium' && machine.isRoot && machine.hasAptGet) {
    machine.log('Chromium is missing: installing Debian’s chromium package with apt-get (as .ci/run does) …');
    machine.run('apt-get', ['update', '-qq']);
    machine.run('apt-get', ['install', '-y', '-qq', 'chromium']);
    if (machine.exists(path)) return;
  }
  throw new Error(
    `The browser tests need Chromium at ${path}, and it is not there.\n` +
      '  On Debian or Ubuntu: sudo apt-get install chromium\n' +
      '  Elsewhere: set CHROMIUM_PATH to a Chromium or Chrome binary (CHROMIUM_PATH=/path/to/chrome npm test).\n' +
      'Nothing is downloaded by npm: the tests use the system browser, headless.',
  );
}

export default function setup(): void {
  ensureChromium(CHROMIUM, {
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    hasAptGet: existsSync('/usr/bin/apt-get'),
    run: (command, args) => execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }),
    log: (line) => console.log(line),
  });
}
