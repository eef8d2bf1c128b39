import { describe, expect, it } from 'vitest';
import { fileKind } from '../../../scripts/bench/pagefind-traffic.ts';

describe('fileKind', () => {
  it('names a file of an index folder by its folder', () => {
    expect(fileKind('/pagefind/fragment/zh-hans_1a2b3c4.pf_fragment')).toBe('fragment');
    expect(fileKind('/province-61/pagefind/index/en_9f8e7d6.pf_index')).toBe('index');
  });

  it('names the page table of any language and bundle alike, and other files by their names', () => {
    expect(fileKind('/hub/pagefind/pagefind.zh-hans_7b7a21de964eaa2.pf_meta')).toBe('pagefind.pf_meta');
    expect(fileKind('/pagefind/pagefind.en_4cd741a0ae.pf_meta')).toBe('pagefind.pf_meta');
    expect(fileKind('/pagefind/wasm.unknown.pagefind')).toBe('wasm.unknown.pagefind');
    expect(fileKind('/pagefind/pagefind.js')).toBe('pagefind.js');
  });
});
