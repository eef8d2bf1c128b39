/**
 * Where the site's sources live, for "suggest a correction" links: staff fix a plan by editing its
 * seed (or a catalog) in this repository. Set REPO_URL when deploying a fork.
 */
export const repository = (process.env['REPO_URL'] ?? 'https://github.com/kepu-plans/kepu-plans-hub').replace(/\/$/u, '');
export const branch = process.env['REPO_BRANCH'] ?? 'main';

/**
 * A link that opens the file staff would edit, at a line when one is known; each part of the path
 * URL-encoded.
 * @example editLink('seeds/003_a.txt', 12) // => 'https://github.com/kepu-plans/kepu-plans-hub/blob/main/seeds/003_a.txt#L12'
 */
export function editLink(path: string, line?: number): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${repository}/blob/${encodeURIComponent(branch)}/${encoded}${line ? `#L${line}` : ''}`;
}
