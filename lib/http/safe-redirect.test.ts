import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

const ORIGIN = 'http://same.origin';
/** What a browser does with a Location header: resolve it against the page it is on. */
const followed = (target: string) => new URL(target, `${ORIGIN}/signin`);

describe('safeRedirect', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeRedirect('/invite/abc?x=1', '/account')).toBe('/invite/abc?x=1');
    expect(safeRedirect('/dashboard', '/account')).toBe('/dashboard');
    expect(safeRedirect('/a/./b/../c#top', '/account')).toBe('/a/c#top');
  });

  it.each(['//evil.com', '/\\evil.com', '/\\/evil.com', '/ /evil.com/..//evil.com', '/.//evil.com', '/..//evil.com', '/%2e//evil.com', '/./\\evil.com', 'https://evil.com', 'evil.com', '', null, 42])(
    'never leaves the site for %s',
    (to) => {
      const target = safeRedirect(to, '/account');
      expect(followed(target).origin).toBe(ORIGIN);
      expect(target.startsWith('//')).toBe(false);
    },
  );

  it('falls back for other origins and odd paths', () => {
    for (const to of ['//evil.com', '/\\evil.com', 'https://evil.com', 'evil.com', '/.//evil.com']) expect(safeRedirect(to, '/account')).toBe('/account');
  });

  it('never sends anyone off the site, whatever the input (fuzzed)', { timeout: 120_000 }, () => {
    const pieces = fc.constantFrom('/', '//', '\\', '.', '..', './', '../', '%2e', '%2f', '%5c', '@', ':', '?', '#', 'evil.com', 'a', ' ', '\t', '\n', 'http:', 'https://', '\u3002');
    const input = fc.oneof(fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join('')), fc.string(), fc.webUrl());
    fc.assert(
      fc.property(input, (to) => {
        const target = safeRedirect(to, '/account');
        expect(target.startsWith('/')).toBe(true);
        expect(target.startsWith('//')).toBe(false);
        expect(followed(target).origin).toBe(ORIGIN);
      }),
      { numRuns: 20_000 },
    );
  });
});
