import { readFileSync } from 'node:fs';
import { readParagraphs, buildOutline } from './src/ingest/outline/read-outline.ts';
import type { Section } from './src/ingest/outline/tree.ts';
const f = process.argv[2]!;
const src = readFileSync(f, 'utf8');
const r = readParagraphs(src);
console.log('CHROME:', r.chrome.map(c => c.text));
const o = buildOutline(r.paragraphs, process.argv[3] ?? null);
function show(s: Section, d: number) {
  if (s.heading) console.log('  '.repeat(d) + `[${s.anchor}] ${s.heading.kind}${s.heading.guessed?'?':''} ${s.heading.title}  (${s.paragraphs.length - 1}p)`);
  for (const c of s.children) show(c, d + 1);
}
show(o.root, 0);
if (process.argv[4]) for (const p of o.paragraphs) console.log(p.anchor, '|', p.display.text.slice(0, 60));
