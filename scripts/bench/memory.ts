// The memory a command's processes hold together, sampled from /proc (Linux): GNU time reports
// only the largest single process, and only of those their parents waited for, which can leave
// out Pagefind's indexing process, the build's largest, entirely.
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** Each live process's parent and resident bytes. */
function processes(): Map<number, { parent: number; bytes: number }> {
  const found = new Map<number, { parent: number; bytes: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      // The command name (field 2) is in parentheses and may hold spaces: read after its end.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      found.set(Number(name), { parent: Number(fields[1]), bytes: Number(fields[21]) * PAGE_BYTES });
    } catch {
      // The process ended while it was read.
    }
  }
  return found;
}

/**
 * The resident bytes of a process and all its descendants now: together, and of the largest.
 * @example treeMemory(process.pid) // => { total: 61_000_000, largest: 61_000_000 }
 */
export function treeMemory(root: number): { total: number; largest: number } {
  const all = processes();
  const children = Map.groupBy([...all].filter(([, p]) => p.parent !== 0), ([, p]) => p.parent);
  let total = 0;
  let largest = 0;
  for (const queue = [root]; queue.length > 0; ) {
    const pid = queue.pop() as number;
    const bytes = all.get(pid)?.bytes ?? 0;
    total += bytes;
    largest = Math.max(largest, bytes);
    for (const [child] of children.get(pid) ?? []) queue.push(child);
  }
  return { total, largest };
}
