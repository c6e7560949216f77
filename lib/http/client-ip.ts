import { isIP } from 'node:net';

// The one place that decides who the client is, for rate limits and sign-in throttling. Proxy
// headers are believed only when TRUSTED_PROXY says a proxy we control writes them: a client can
// send any X-Forwarded-For it likes, and Next.js keeps a client's own header as it is.

export type ProxyTrust = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'vercel' };

const NONE: ProxyTrust = { kind: 'none' };
let warned = false;

/**
 * TRUSTED_PROXY: unset/false = no proxy header is believed; a number N = N reverse proxies of yours
 * each append to X-Forwarded-For (`true` = 1); `vercel` = Vercel's own x-vercel-forwarded-for.
 */
export function proxyTrust(value: string | undefined = process.env.TRUSTED_PROXY): ProxyTrust {
  const setting = value?.trim().toLowerCase() ?? '';
  if (setting === '' || setting === 'false' || setting === '0' || setting === 'off') return NONE;
  if (setting === 'vercel') return { kind: 'vercel' };
  if (setting === 'true') return { kind: 'hops', hops: 1 };
  if (/^[1-9]\d?$/.test(setting)) return { kind: 'hops', hops: Number(setting) };
  if (!warned) {
    warned = true;
    console.warn(`TRUSTED_PROXY="${value}" is not a number of proxy hops (1, 2 …), "true" or "vercel": no proxy header is trusted.`);
  }
  return NONE;
}

/**
 * The client's address as a rate-limit key, or null when it cannot be known (no trusted proxy):
 * callers then skip per-address limits rather than put every client in one shared bucket.
 */
export function clientIpFrom(headers: Headers, trust: ProxyTrust = proxyTrust()): string | null {
  switch (trust.kind) {
    case 'none':
      return null;
    case 'vercel':
      // Vercel's edge sets this itself and overwrites what a client sent.
      return addressKey(headers.get('x-vercel-forwarded-for')?.split(',')[0]);
    case 'hops': {
      // Each trusted proxy appends the address it saw: the client is the one written by the outermost
      // of ours, N from the right. Anything left of it was written by the client and proves nothing.
      const chain = (headers.get('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
      return chain.length >= trust.hops ? addressKey(chain[chain.length - trust.hops]) : null;
    }
  }
}

/**
 * A valid IP address as a key: IPv4 as is (also when IPv4-mapped), IPv6 by its /64 network, since
 * one subscriber gets a whole /64 and could otherwise rotate addresses. Anything else: null.
 */
export function addressKey(raw: string | undefined): string | null {
  const value = raw?.trim().replace(/^\[(.*)\]$/, '$1') ?? '';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) return isIP(mapped[1]!) === 4 ? mapped[1]! : null;
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6) return null;
  return `${expandIpv6(value).slice(0, 4).join(':')}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::1.2.3.4) only touches the last 32 bits, never the /64 prefix.
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(tail === undefined ? 0 : Math.max(0, missing)).fill('0'), ...right].map((part) => part.replace(/^0+(?=.)/, ''));
}
