import { publisherOf, type Publisher } from '../../schemas/catalog/publisher.ts';
import { eventSchema, newsEnSchema, newsSchema } from '../../schemas/news.ts';
import { problem, type Problem } from '../problems.ts';
import { parseFrontmatter } from '../yaml/frontmatter.ts';

/** The keys news and events may name. */
export interface PostRefs {
  plans: ReadonlySet<string>;
  activities: ReadonlySet<string>;
  /** Places that have a plan (their key). */
  cities: ReadonlySet<string>;
  publishers: readonly Publisher[];
}

const NAME = /^content\/(news|events)\/([a-z0-9][a-z0-9-]*)(\.en)?\.mdx$/u;

/**
 * Every problem of the news and events staff wrote, at once, each with its file, line and field:
 * frontmatter against its schema, the plans, activities, places and publishers it names, links
 * only to a publisher's own hosts, and an English file only beside its Chinese one.
 * @example checkPosts([{ file: 'content/events/a.mdx', text: '---\nactivity: nope\n…' }], refs)[0]?.field // => 'activity'
 */
export function checkPosts(files: ReadonlyArray<{ file: string; text: string }>, refs: PostRefs): Problem[] {
  const problems: Problem[] = [];
  const names = new Set(files.map((f) => f.file));
  for (const { file, text } of files) {
    const name = NAME.exec(file);
    if (!name) {
      problems.push(problem(file, { line: 1, column: 1 }, 'file', 'news and events are content/news/<name>.mdx (English: <name>.en.mdx) and content/events/<name>.mdx, the name in lower-case letters, digits and “-”', 'error'));
      continue;
    }
    const [, dir, , english] = name;
    if (dir === 'news' && english) {
      if (!names.has(file.replace(/\.en\.mdx$/u, '.mdx'))) problems.push(problem(file, { line: 1, column: 1 }, 'file', `the English of a news item goes beside its Chinese: there is no ${file.replace(/\.en\.mdx$/u, '.mdx')}`, 'error'));
      const read = parseFrontmatter(text, file, newsEnSchema);
      if (!read.ok) problems.push(...read.problems);
      continue;
    }
    const read = dir === 'news' ? parseFrontmatter(text, file, newsSchema) : parseFrontmatter(text, file, eventSchema);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const at = (path: Array<string | number>) => ({ line: read.lineOf(path), column: 1 });
    const unknown = (path: Array<string | number>, what: string, value: string, known: ReadonlySet<string>) => {
      if (!known.has(value)) problems.push(problem(file, at(path), path.join('.'), `no ${what} “${value}”; the site has: ${[...known].slice(0, 12).join(', ')}${known.size > 12 ? ', …' : ''}`, 'error'));
    };
    const v = read.value;
    if ('activity' in v) {
      unknown(['activity'], 'activity', v.activity, refs.activities);
      unknown(['city'], 'place with a plan', v.city, refs.cities);
      if (v.url !== undefined && !publisherOf(refs.publishers, v.url)) problems.push(problem(file, at(['url']), 'url', `${new URL(v.url).hostname} is not a trusted publisher's host (content/catalog/publishers.yaml): link the organizer's own page, or add the publisher there`, 'error'));
    } else {
      v.plans.forEach((p, i) => unknown(['plans', i], 'plan', p, refs.plans));
      v.activities.forEach((a, i) => unknown(['activities', i], 'activity', a, refs.activities));
      v.cities.forEach((c, i) => unknown(['cities', i], 'place with a plan', c, refs.cities));
      const source = v.source;
      if (source) {
        const publisher = refs.publishers.find((p) => p.key === source.publisher);
        if (!publisher) problems.push(problem(file, at(['source', 'publisher']), 'source.publisher', `no publisher “${source.publisher}” in content/catalog/publishers.yaml`, 'error'));
        else if (source.url !== undefined && publisherOf(refs.publishers, source.url)?.key !== publisher.key) {
          problems.push(problem(file, at(['source', 'url']), 'source.url', `${new URL(source.url).hostname} is not a host of ${publisher.name_zh} (${publisher.hosts.join(', ')})`, 'error'));
        }
      }
    }
  }
  return problems;
}
