// Publishing a built site without a moment of no site: everything is built into a folder beside
// the published one, which is swapped in only when every step succeeded.
import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Runs `build(stage)` into `<target>.next` and, if it returns, puts that folder in place of
 * `target` (two renames on one file system: the old site stays whole until the new one is). If
 * `build` throws or the process is killed, `target` is as it was. A site left at
 * `<target>.previous` by a build killed between the renames is put back first.
 * @example publishDir('dist', (stage) => buildInto(stage)) // dist/ now holds the new site
 */
export function publishDir(target: string, build: (stage: string) => void): void {
  const stage = `${target}.next`;
  const previous = `${target}.previous`;
  if (!existsSync(target) && existsSync(previous)) renameSync(previous, target);
  rmSync(stage, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  try {
    build(stage);
  } catch (error) {
    rmSync(stage, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(target)) renameSync(target, previous);
  renameSync(stage, target);
  rmSync(previous, { recursive: true, force: true });
}
