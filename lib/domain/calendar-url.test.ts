import { describe, expect, it } from 'vitest';
import { isPrivateHost, normalizeCalendarUrl } from './calendar-url';

describe('external calendar addresses', () => {
  it('accepts https and turns webcal into https', () => {
    expect(normalizeCalendarUrl('https://calendar.google.com/calendar/ical/x%40group/private-abc/basic.ics')).toEqual({
      ok: true,
      url: 'https://calendar.google.com/calendar/ical/x%40group/private-abc/basic.ics',
    });
    expect(normalizeCalendarUrl(' webcal://p42-caldav.icloud.com/published/2/abc ')).toEqual({ ok: true, url: 'https://p42-caldav.icloud.com/published/2/abc' });
  });

  it('refuses other schemes, credentials and junk', () => {
    expect(normalizeCalendarUrl('http://example.com/cal.ics').ok).toBe(false);
    expect(normalizeCalendarUrl('file:///etc/passwd').ok).toBe(false);
    expect(normalizeCalendarUrl('ftp://example.com/x.ics').ok).toBe(false);
    expect(normalizeCalendarUrl('https://user:pw@example.com/x.ics').ok).toBe(false);
    expect(normalizeCalendarUrl('not a url').ok).toBe(false);
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
});
