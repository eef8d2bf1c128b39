// The one way tests and benchmarks start a browser: Debian's Chromium through playwright-core.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from './chromium.ts';

/**
 * Debian's Chromium, headless, with no background traffic: this machine has no network.
 * @example const browser = await launchBrowser(); // then browser.newPage()
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

