import { afterEach, describe, expect, it } from 'vitest';
import { apiClientIp } from './caller';
import { negotiateVersion } from './versions';

describe('apiClientIp', () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXY;
  });
  const forwarded = new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' });

  it('ignores X-Forwarded-For unless a trusted proxy sets it (a client could forge it)', () => {
    expect(apiClientIp(forwarded)).toBeNull();
  });

  it('takes the address our one trusted proxy appended, not what the client sent before it', () => {
    process.env.TRUSTED_PROXY = 'true';
    expect(apiClientIp(forwarded)).toBe('10.0.0.1');
    expect(apiClientIp(new Headers())).toBeNull();
  });
});

describe('negotiateVersion', () => {
  it('uses the header, else the key’s pinned version, else the current one', () => {
    expect(negotiateVersion('2026-12-03', null)).toBe('2026-12-03');
    expect(negotiateVersion(null, '2026-12-03')).toBe('2026-12-03');
    expect(negotiateVersion(null, null)).toBe('2026-12-03');
  });

  it('refuses an unknown version, naming the known ones', () => {
    expect(() => negotiateVersion('2019-01-01', null)).toThrow(/2026-12-03/);
    expect(() => negotiateVersion(null, '2019-01-01')).toThrow(expect.objectContaining({ apiCode: 'unknown_api_version', extra: expect.objectContaining({ known_versions: ['2026-12-03'] }) }));
  });
});
