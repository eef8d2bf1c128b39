// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { reingestOnSeedChange } from './scripts/dev/reingest-integration.ts';
import { searchIndex } from './src/search/integration.ts';

// The public address of the site; permanent URLs in "cite this" lines and the sitemap use it.
const site = process.env.SITE_URL || 'http://localhost:4321';
// Every link of the site starts at the root of its host (/plans/…): it is served from a domain's
// root, such as a custom domain on GitHub Pages, not from a folder of one.
if (new URL(site).pathname !== '/') {
  throw new Error(`SITE_URL must be the root of a host (https://kepu.example.org), not a folder of one (${site}): on GitHub Pages, give the site a custom domain`);
}

export default defineConfig({
  site,
  // KEPU_OUT_DIR builds elsewhere than dist/ (parallel builds, throwaway test builds).
  outDir: process.env.KEPU_OUT_DIR || './dist',
  trailingSlash: 'always',
  // Styles are files a reader's browser keeps, not text repeated in each of thousands of pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Plan text is data: no smart quotes, dashes or ellipses may replace the seed's characters.
  // No GFM either: its autolinks would turn a seed's e-mail or www. address into a link.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  // The staff report is for editors, and the 404 pages for nobody: not for search engines.
  // KEPU_RECORDS_TO keeps the search records in that folder (the shard benchmark indexes them).
  // Each language's search index is kept in .cache/pagefind for the next build, beside Astro's.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.includes('/en/staff/') && !/\/404\/$/u.test(page) }),
    reingestOnSeedChange(),
    searchIndex({ recordsTo: process.env.KEPU_RECORDS_TO || undefined, cacheDir: './.cache/pagefind/' }),
  ],
  // Pages ship no JavaScript unless a page asks for it (search, the targets explorer's address).
  prefetch: false,
  vite: {
    build: {
      rolldownOptions: {
        // Each generated MDX entry triggers a harmless notice about Astro's own head-inject
        // directive; hundreds of them would hide the warnings that matter.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
  // A page whose getStaticPaths gave it a cacheKey (src/site/cache-keys.ts) is copied from the
  // last build when its key and code are unchanged, not rendered again: a one-seed edit
  // re-renders that plan's pages and the pages that list plans. The cache is kept in the project
  // (.cache/astro), not in node_modules, which the benchmark's corpora share.
  experimental: { incrementalBuild: true },
  cacheDir: './.cache/astro',
  devToolbar: { enabled: false },
});
