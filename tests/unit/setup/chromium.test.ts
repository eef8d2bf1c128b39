import { describe, expect, it } from 'vitest';
import { ensureChromium, type Machine } from '../../setup/chromium.ts';

function machine(over: Partial<Machine> & { installs?: boolean } = {}) {
  const ran: string[] = [];
  let installed = false;
  const m: Machine = {
    exists: () => installed,
    isRoot: false,
    hasAptGet: true,
    run: (command, args) => {
      ran.push([command, ...args].join(' '));
      if (args.includes('install') && over.installs !== false) installed = true;
    },
    log: () => {},
    ...over,
  };
  return { m, ran };
}

describe('ensureChromium(path, machine)', () => {
  it('does nothing when the browser is there', () => {
    const { m, ran } = machine({ exists: () => true });
    ensureChromium('/usr/bin/chromium', m);
    expect(ran).toEqual([]);
  });

  it('says exactly how to get the browser when it cannot install it', () => {
    const { m } = machine();
    expect(() => ensureChromium('/usr/bin/chromium', m)).toThrow(
      'The browser tests need Chromium at /usr/bin/chromium, and it is not there.\n  On Debian or Ubuntu: sudo apt-get install chromium\n  Elsewhere: set CHROMIUM_PATH to a Chromium or Chrome binary (CHROMIUM_PATH=/path/to/chrome npm test).\nNothing is downloaded by npm: the tests use the system browser, headless.',
    );
  });

  it('installs Debian’s chromium with apt-get where it can, as CI does', () => {
    const { m, ran } = machine({ isRoot: true });
    ensureChromium('/usr/bin/chromium', m);
    expect(ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium']);
  });

  it('still says how to get it when the install did not put it there', () => {
    const { m } = machine({ isRoot: true, installs: false });
    expect(() => ensureChromium('/usr/bin/chromium', m)).toThrow(/sudo apt-get install chromium/u);
  });

  it('never installs over a browser path someone chose', () => {
    const { m, ran } = machine({ isRoot: true });
    expect(() => ensureChromium('/opt/chrome/chrome', m)).toThrow(/Chromium at \/opt\/chrome\/chrome/u);
    expect(ran).toEqual([]);
  });
});
