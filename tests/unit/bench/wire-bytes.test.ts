import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { wireBytes } from '../../../scripts/bench/wire-bytes.ts';

describe('wireBytes', () => {
  const script = Buffer.from('export const search = () => 1;\n'.repeat(200));

  it('counts a script, JSON or SVG as a compressing host sends it', () => {
    for (const type of ['text/javascript; charset=utf-8', 'application/json', 'image/svg+xml']) {
      expect(wireBytes(script, type), type).toBe(gzipSync(script, { level: 6 }).length);
    }
    expect(wireBytes(script, 'text/javascript')).toBeLessThan(script.length / 10);
  });

  it('counts Pagefind’s index files, which are gzip already, as they are', () => {
    const chunk = gzipSync(script);
    expect(wireBytes(chunk, 'application/octet-stream')).toBe(chunk.length);
  });
});
