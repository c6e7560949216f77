import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeRedirect('/invite/abc?x=1', '/account')).toBe('/invite/abc?x=1');
    expect(safeRedirect('/dashboard', '/account')).toBe('/dashboard');
  });

  it.each(['//evil.com', '/\\evil.com', '/\\/evil.com', '/ /evil.com/..//evil.com', 'https://evil.com', 'evil.com', '', null, 42])(
    'never leaves the site for %s',
    (to) => {
      const target = safeRedirect(to, '/account');
      expect(new URL(target, 'http://same.origin').origin).toBe('http://same.origin');
      expect(target.startsWith('//')).toBe(false);
    },
  );

  it('falls back for other origins and odd paths', () => {
    for (const to of ['//evil.com', '/\\evil.com', 'https://evil.com', 'evil.com']) expect(safeRedirect(to, '/account')).toBe('/account');
  });
});
