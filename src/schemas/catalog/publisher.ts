/**
 * Trusted publishers (content/catalog/publishers.yaml): the original publishers the site may
 * cite and link — government and Party sites, CAST and its societies, ministries, state and
 * national media. A source names one of them; a link to any host no publisher lists fails the
 * build, so a copy of a notice on a content farm can never be linked as its source.
 */
import { z } from 'zod';
import { slugSchema } from '../common.ts';
import { duplicateIssues, enTextSchema, keysOf, listItemsOf, zhTextSchema } from './shared.ts';

export const publisherKinds = ['government', 'party', 'cast', 'ministry', 'state-media', 'national-media', 'international'] as const;

/** A host name as the browser shows it, without scheme or path: `www.mem.gov.cn`, `people.com.cn`. */
const hostSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/u, 'expected a host name such as www.mem.gov.cn (no https://, no path)');

export const publisherSchema = z
  .object({
    key: slugSchema,
    name_zh: zhTextSchema,
    name_en: enTextSchema,
    kind: z.enum(publisherKinds),
    /** The publisher's own hosts; a host also covers its subdomains (people.com.cn covers politics.people.com.cn). */
    hosts: z.array(hostSchema).min(1, 'list at least one host'),
  })
  .strict();

export const publisherCatalogSchema = z.array(publisherSchema).superRefine((entries, ctx) => {
  for (const issue of [...duplicateIssues(keysOf(entries), 'key'), ...duplicateIssues(listItemsOf(entries, 'hosts'), 'host')]) {
    ctx.addIssue({ code: 'custom', ...issue });
  }
});

export type Publisher = z.output<typeof publisherSchema>;

/**
 * The publisher whose hosts cover a URL's host, if any; the most specific host wins.
 * @example publisherOf(publishers, 'https://politics.people.com.cn/n1/2025/0224/c1001-40424754.html')?.key // => 'peoples-daily'
 */
export function publisherOf(publishers: readonly Publisher[], url: string): Publisher | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  // The most specific host wins: digitalpaper.stdaily.com before stdaily.com.
  let best: { publisher: Publisher; length: number } | undefined;
  for (const p of publishers) {
    for (const h of p.hosts) {
      if ((host === h || host.endsWith(`.${h}`)) && h.length > (best?.length ?? 0)) best = { publisher: p, length: h.length };
    }
  }
  return best?.publisher;
}
