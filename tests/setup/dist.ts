import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site, as page tests read it. */
export const distDir = process.env['KEPU_OUT_DIR'] ? resolve(process.env['KEPU_OUT_DIR']) : fileURLToPath(new URL('../../dist', import.meta.url));

export function distFile(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}

export function distExists(path: string): boolean {
  return existsSync(join(distDir, path));
}

/** Every file under dist/ (relative paths), optionally only those ending with `ext`. */
export function distFiles(ext = ''): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return walk(distDir)
    .map((p) => relative(distDir, p))
    .filter((p) => p.endsWith(ext))
    .sort();
}

/** The text a reader sees in a page's main content: tags dropped, entities decoded. */
export function visibleText(html: string): string {
  const main = html.match(/<main[^>]*>([\s\S]*)<\/main>/u)?.[1] ?? html;
  return decode(main.replace(/<(script|style)[\s\S]*?<\/\1>/gu, '').replace(/<[^>]+>/gu, ''));
}

export function decode(s: string): string {
  return s
    .replace(/&#(\d+);/gu, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/giu, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');
}
