import { describe, expect, it } from 'vitest';
import { editLink } from '../../../src/site/config.ts';

describe('editLink(path, line)', () => {
  it('opens the file at its line', () => {
    expect(editLink('seeds/003_23647e01fcb0039d.txt', 12)).toBe('https://github.com/kepu-plans/kepu-plans-hub/blob/main/seeds/003_23647e01fcb0039d.txt#L12');
  });

  it('encodes each part of the path, so a name cannot add a query, a fragment or a line break to the link', () => {
    expect(editLink('seeds/a b#x?y=1\n.txt')).toBe('https://github.com/kepu-plans/kepu-plans-hub/blob/main/seeds/a%20b%23x%3Fy%3D1%0A.txt');
  });
});
