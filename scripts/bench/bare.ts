// The yardstick of the build benchmark: a bare Astro project that renders the same pages (the
// same paths, one small layout each) with nothing of the hub's own, so full build ÷ bare build
// says what the hub adds to what Astro itself costs for that many pages.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../project-files.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });
`;

const PAGE = `---
import paths from '../paths.json';
export function getStaticPaths() {
  return paths.map((path) => ({ params: { path: path || undefined } }));
}
const { path } = Astro.params;
---
<html lang="zh-Hans"><head><meta charset="utf-8"><title>{path}</title></head>
<body><header><nav><a href="/">首页</a></nav></header><main><h1>{path}</h1><p>{path}</p></main></body></html>
`;

/**
 * A bare project rendering `paths` (as a built site's pages: 'plans/x', '' for the home page).
 * @example writeBareProject(['', 'plans/baotou-suzhi-2021-2025']) // => '/tmp/kepu-bare-…'
 */
export function writeBareProject(paths: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kepu-bare-'));
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'paths.json'), JSON.stringify(paths));
  writeFileSync(join(dir, 'src', 'pages', '[...path].astro'), PAGE);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
