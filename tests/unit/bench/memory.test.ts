import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { treeMemory } from '../../../scripts/bench/memory.ts';

describe('treeMemory(pid)', () => {
  it('counts the memory of a process’s children with its own', async () => {
    const alone = treeMemory(process.pid);
    // A child that fills 150 MB and says so, then waits to be killed.
    const child = spawn(process.execPath, ['-e', 'globalThis.b = Buffer.alloc(150 * 2 ** 20, 1); console.log("ready"); setInterval(() => {}, 1000)']);
    try {
      await once(child.stdout, 'data');
      const both = treeMemory(process.pid);
      expect(both.total - alone.total).toBeGreaterThan(150 * 2 ** 20);
      expect(treeMemory(child.pid ?? 0).largest).toBeGreaterThan(150 * 2 ** 20);
      expect(both.largest).toBeGreaterThanOrEqual(alone.largest);
    } finally {
      child.kill();
    }
  });

  it('counts nothing for a process that is not there', () => {
    expect(treeMemory(2 ** 30)).toEqual({ total: 0, largest: 0 });
  });
});
