import { describe, expect, it } from 'vitest';
import { isPrivateAddress, isPrivateHost, normalizeCalendarUrl } from './calendar-url';

describe('external calendar addresses', () => {
  it('accepts https and turns webcal into https', () => {
    expect(normalizeCalendarUrl('https://calendar.google.com/calendar/ical/x%40group/private-abc/basic.ics')).toEqual({
      ok: true,
      url: 'https://calendar.google.com/calendar/ical/x%40group/private-abc/basic.ics',
    });
    expect(normalizeCalendarUrl(' webcal://p42-caldav.icloud.com/published/2/abc ')).toEqual({ ok: true, url: 'https://p42-caldav.icloud.com/published/2/abc' });
  });

  it('refuses other schemes, credentials and junk, saying what to fix', () => {
    const scheme = { ok: false, message: 'Use an https:// or webcal:// address' };
    expect(normalizeCalendarUrl('http://example.com/cal.ics')).toEqual(scheme);
    expect(normalizeCalendarUrl('file:///etc/passwd')).toEqual(scheme);
    expect(normalizeCalendarUrl('ftp://example.com/x.ics')).toEqual(scheme);
    const credentials = { ok: false, message: 'Remove the user name and password from the address' };
    expect(normalizeCalendarUrl('https://user:pw@example.com/x.ics')).toEqual(credentials);
    expect(normalizeCalendarUrl('https://user@example.com/x.ics')).toEqual(credentials);
    expect(normalizeCalendarUrl('https://:pw@example.com/x.ics')).toEqual(credentials);
    expect(normalizeCalendarUrl('not a url')).toEqual({ ok: false, message: 'Enter the full address, starting with https:// or webcal://' });
    expect(normalizeCalendarUrl('https://10.0.0.1/x.ics')).toEqual({ ok: false, message: 'Use a public calendar address, not one on a private network' });
  });

  it('drops the fragment, which is never sent', () => {
    expect(normalizeCalendarUrl('https://example.com/cal.ics?key=1#top')).toEqual({ ok: true, url: 'https://example.com/cal.ics?key=1' });
  });

  it('refuses loopback, private, link-local and internal hosts', () => {
    for (const host of ['localhost', 'foo.localhost', '127.0.0.1', '127.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.10', '169.254.169.254', '0.0.0.0', '100.64.0.1', '[::1]', '[fd00::1]', '[fe80::1]', '[::ffff:127.0.0.1]', 'printer', 'nas.local', 'db.internal', '0x7f000001']) {
      expect(isPrivateHost(host), host).toBe(true);
      expect(normalizeCalendarUrl(`https://${host}/cal.ics`).ok, host).toBe(false);
    }
    for (const host of ['calendar.google.com', 'outlook.office365.com', '8.8.8.8', '172.32.0.1', '[2001:4860:4860::8888]']) {
      expect(isPrivateHost(host), host).toBe(false);
    }
  });

  // Each side of every blocked IPv4 range, and addresses that share a range's octets elsewhere.
  const privateV4 = [
    '0.1.2.3', '10.0.0.1', '127.0.0.1', '224.0.0.1', '255.255.255.255', '100.64.0.1', '100.127.255.255',
    '169.254.0.1', '172.16.0.1', '172.31.255.255', '192.168.0.1', '192.0.0.1', '192.0.2.1',
    '198.18.0.1', '198.19.255.255', '198.51.100.1', '203.0.113.1',
  ];
  const publicV4 = [
    '8.8.8.8', '80.80.80.80', '223.255.255.255', '100.63.255.255', '100.128.0.1', '169.253.1.1', '170.254.1.1',
    '172.15.255.255', '172.32.0.1', '192.167.0.1', '192.169.0.1', '193.168.0.1', '192.0.1.1', '192.1.0.1',
    '198.17.255.255', '198.20.0.1', '199.18.0.1', '198.51.99.1', '198.52.100.1', '199.51.100.1',
    '203.0.112.1', '203.1.113.1', '204.0.113.1',
    // octets of a blocked range in other positions
    '8.0.0.1', '8.0.2.1', '8.16.0.1', '8.18.0.1', '8.19.0.1', '8.64.0.1', '8.127.0.1', '8.168.0.1', '8.254.1.1', '8.8.100.1', '8.8.113.1', '8.51.100.1',
  ];
  const privateV6 = [
    '::', '::1', '::ffff:127.0.0.1', '::ffff:10.1.2.3', '::ffff:7f00:1', '::ffff:c0a8:101', '::10.0.0.1', '::a00:1', '::7f00:1', '::c0a8:101',
    '64:ff9b::a00:1', '2001:db8::1', '2001::1', '2001:0:4136:e378::1', '2002:c0a8:101::1',
    'fc00::1', 'fd12:3456::1', 'fe80::1', 'fec0::1', 'ff02::1',
  ];
  const publicV6 = ['2001:4860:4860::8888', '2606:4700::6810:fd01', '2606:4700::2002:1', '2a00:1450:4001:80b::200e', '::ffff:80.80.80.80'];

  it('refuses resolved addresses on private or reserved networks, IPv4 and IPv6', () => {
    for (const a of [...privateV4, ...privateV6]) expect(isPrivateAddress(a), a).toBe(true);
    for (const a of [...publicV4, ...publicV6]) expect(isPrivateAddress(a), a).toBe(false);
    // With brackets or a zone id, as some resolvers write them.
    expect(isPrivateAddress('[::1]')).toBe(true);
    expect(isPrivateAddress('fe80::1%eth0')).toBe(true);
    expect(isPrivateAddress('::1%lo')).toBe(true);
    // IPv4 inside IPv6 other than ::ffff:a.b.c.d is refused rather than decoded.
    expect(isPrivateAddress('1::ffff:80.80.80.80')).toBe(true);
    expect(isPrivateAddress('[2001:4860:4860::8888]')).toBe(false);
    // Anything that is not an IP address is refused.
    for (const a of ['example.com', '8.8.8.8.example.com', 'host8.8.8.8', '8.8.8', '']) expect(isPrivateAddress(a), a).toBe(true);
  });

  it('refuses private host names and literal addresses as URL() writes them', () => {
    for (const a of privateV4) expect(isPrivateHost(a), a).toBe(true);
    for (const a of publicV4) expect(isPrivateHost(a), a).toBe(false);
    for (const a of [...privateV6, '::ffff:5050:5050']) expect(isPrivateHost(new URL(`https://[${a}]/`).hostname), a).toBe(true);
    for (const a of publicV6.slice(0, -1)) expect(isPrivateHost(new URL(`https://[${a}]/`).hostname), a).toBe(false);
    for (const h of ['nas.local.', 'LOCALHOST', 'db.Internal', 'router.lan', 'box.home', 'x.corp', 'y.private', '1.0.0.127.in-addr.arpa', 'intranet', 'a.localdomain', 'b.intranet']) {
      expect(isPrivateHost(h), h).toBe(true);
    }
    // Names that merely contain a blocked word or digits are public.
    for (const h of ['1password.com', '9gag.com', 'fox0x.example.com', 'local.example.com', 'home.example.com', 'localhost.example.com', 'corporate.example']) {
      expect(isPrivateHost(h), h).toBe(false);
    }
  });
});
