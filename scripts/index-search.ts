// dist/ → dist/pagefind/: builds the search index after `astro build`.
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

const site = fileURLToPath(new URL('../dist', import.meta.url));
const { index, errors } = await createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(`pagefind: indexed ${added.page_count} pages into dist/pagefind`);
await close();
