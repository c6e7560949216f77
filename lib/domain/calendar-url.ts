// External calendar (iCalendar) feed addresses: only public https hosts, so a later fetch of a
// vendor-supplied URL cannot be pointed at our own network (SSRF). The fetch must still check the
// addresses the name resolves to; this catches what can be seen in the URL itself.

export type CalendarUrlCheck = { ok: true; url: string } | { ok: false; message: string };

const BLOCKED_NAMES = /(^|\.)(localhost|local|localdomain|internal|intranet|lan|home|corp|private|arpa)$/i;

function ipv4Private(address: string): boolean {
  const [a = 0, b = 0, c = 0] = address.split('.').map(Number);
  return (
    a === 0 || a === 10 || a === 127 || a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) || // IETF protocol assignments, TEST-NET-1
    (a === 198 && (b === 18 || b === 19)) ||
    (a === 198 && b === 51 && c === 100) || // TEST-NET-2
    (a === 203 && b === 0 && c === 113) // TEST-NET-3
  );
}

function ipv6Private(address: string): boolean {
  const lower = address.toLowerCase();
  if (lower === '::') return true;
  // ::1 and the rest of ::/96 (IPv4-compatible, deprecated; URL() writes ::10.0.0.1 as ::a00:1).
  if (/^::[0-9a-f]{1,4}(:[0-9a-f]{1,4})?$/.test(lower)) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return ipv4Private(mapped[1]!);
  if (/^::ffff:[0-9a-f]{1,4}:[0-9a-f]{1,4}$/.test(lower)) return true; // mapped IPv4 in hex form: refuse rather than decode
  if (lower.includes('.')) return true; // other IPv4-in-IPv6 forms (::1.2.3.4): refuse rather than decode
  if (/^(64:ff9b:|2001:db8:|2001:0?:|2002:)/.test(lower)) return true; // NAT64, documentation, Teredo, 6to4: may wrap an inner IPv4
  return /^(fc|fd|fe[89a-f]|ff)/.test(lower); // unique local, link local, site local, multicast
}

/**
 * True when a resolved IP address (as node:dns gives it) is loopback, private, link-local, unique
 * local, carrier-grade NAT, multicast, unspecified or reserved: a fetch must not connect to it.
 */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''); // brackets, IPv6 zone id
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return ipv4Private(ip);
  if (ip.includes(':')) return ipv6Private(ip);
  return true; // not an IP address: refuse
}

/** True when the host is a name or address on a private, loopback or otherwise non-public network. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  // No node:net here: the forms validate with this in the browser too. URL() writes IPv4 hosts as
  // dotted quads (127.1 → 127.0.0.1) and IPv6 hosts in brackets.
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return ipv4Private(host);
  if (host.includes(':')) return ipv6Private(host);
  if (!host.includes('.')) return true; // single-label names resolve inside a network only
  if (/^[\d.]+$/.test(host) || /^0x/i.test(host)) return true; // shortened or hex IPv4 forms like 127.1
  return BLOCKED_NAMES.test(host);
}

/** Accepts https:// and webcal:// (stored as https://) feed addresses on public hosts. */
export function normalizeCalendarUrl(input: string): CalendarUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: 'Enter the full address, starting with https:// or webcal://' };
  }
  if (url.protocol === 'webcal:') url = new URL(`https:${url.href.slice('webcal:'.length)}`);
  if (url.protocol !== 'https:') return { ok: false, message: 'Use an https:// or webcal:// address' };
  if (url.username || url.password) return { ok: false, message: 'Remove the user name and password from the address' };
  if (isPrivateHost(url.hostname)) return { ok: false, message: 'Use a public calendar address, not one on a private network' };
  url.hash = '';
  return { ok: true, url: url.href };
}
