import { problem, type Problem } from '../problems.ts';

/**
 * A problem for each translation memory no plan uses: English nobody sees, most often a plan
 * whose slug changed (its memory must follow it) or a plan removed.
 * @example unusedMemories(['a', 'old'], ['a'])[0]?.file // => 'content/translations/old.yaml'
 */
export function unusedMemories(memories: readonly string[], plans: readonly string[]): Problem[] {
  return memories
    .filter((slug) => !plans.includes(slug))
    .map((slug) => problem(`content/translations/${slug}.yaml`, { line: 1, column: 1 }, 'plan', `no seed makes the plan ${slug}: if its slug changed, rename the file to the new slug; if the plan was removed, remove the file`, 'error'));
}
