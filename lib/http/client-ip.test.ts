import { describe, expect, it, vi } from 'vitest';
import { addressKey, clientIpFrom, proxyTrust } from './client-ip';

// Issue 17, point 1: a client must not choose the address its rate limits are counted against.

const forwarded = (value: string) => new Headers({ 'x-forwarded-for': value });

describe('proxyTrust (TRUSTED_PROXY)', () => {
  it('trusts no header by default, and a number of hops or Vercel only when told', () => {
    expect(proxyTrust(undefined)).toEqual({ kind: 'none' });
    expect(proxyTrust('')).toEqual({ kind: 'none' });
    expect(proxyTrust('false')).toEqual({ kind: 'none' });
    expect(proxyTrust('true')).toEqual({ kind: 'hops', hops: 1 });
    expect(proxyTrust('2')).toEqual({ kind: 'hops', hops: 2 });
    expect(proxyTrust('Vercel')).toEqual({ kind: 'vercel' });
  });

  it('treats a setting it does not understand as no trust (with a warning), never as trust', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(proxyTrust('yes please')).toEqual({ kind: 'none' });
    expect(proxyTrust('-1')).toEqual({ kind: 'none' });
    warn.mockRestore();
  });
});

describe('clientIpFrom', () => {
  it('by default believes no X-Forwarded-For: a rotating header cannot buy fresh rate limits', () => {
    expect(clientIpFrom(forwarded('203.0.113.7'), { kind: 'none' })).toBeNull();
    expect(clientIpFrom(forwarded('198.51.100.1'), { kind: 'none' })).toBeNull();
    expect(clientIpFrom(new Headers({ 'x-vercel-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.7' }), { kind: 'none' })).toBeNull();
  });

  it('behind N trusted proxies takes the address N from the right, ignoring what the client prepended', () => {
    const hop1 = { kind: 'hops', hops: 1 } as const;
    expect(clientIpFrom(forwarded('203.0.113.7'), hop1)).toBe('203.0.113.7');
    // The client sent "X-Forwarded-For: 6.6.6.6"; our proxy appended the address it really saw.
    expect(clientIpFrom(forwarded('6.6.6.6, 203.0.113.7'), hop1)).toBe('203.0.113.7');
    expect(clientIpFrom(forwarded('6.6.6.6, 1.1.1.1, 203.0.113.7, 10.0.0.2'), { kind: 'hops', hops: 2 })).toBe('203.0.113.7');
    // Fewer entries than trusted proxies: the chain is not ours.
    expect(clientIpFrom(forwarded('203.0.113.7'), { kind: 'hops', hops: 2 })).toBeNull();
    expect(clientIpFrom(new Headers(), hop1)).toBeNull();
    expect(clientIpFrom(forwarded('not-an-ip'), hop1)).toBeNull();
  });

  it('on Vercel reads only x-vercel-forwarded-for, which Vercel itself writes', () => {
    const vercel = { kind: 'vercel' } as const;
    expect(clientIpFrom(new Headers({ 'x-vercel-forwarded-for': '203.0.113.7', 'x-forwarded-for': '6.6.6.6' }), vercel)).toBe('203.0.113.7');
    expect(clientIpFrom(forwarded('6.6.6.6'), vercel)).toBeNull();
  });

  it('reads TRUSTED_PROXY from the environment when no trust is given', () => {
    vi.stubEnv('TRUSTED_PROXY', '');
    expect(clientIpFrom(forwarded('203.0.113.7'))).toBeNull();
    vi.stubEnv('TRUSTED_PROXY', '1');
    expect(clientIpFrom(forwarded('6.6.6.6, 203.0.113.7'))).toBe('203.0.113.7');
    vi.unstubAllEnvs();
  });
});

describe('addressKey', () => {
  it('keys IPv4 as is and IPv6 by its /64, so one subscriber cannot rotate through its addresses', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('[2001:0db8::1]')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('203.0.113.7:443')).toBeNull();
    expect(addressKey('')).toBeNull();
  });
});
