// The one guard for every request the server makes to an address a user typed (calendar feeds,
// webhook endpoints): https only, no credentials in the URL, and the host resolved once and
// refused if ANY of its addresses is private, loopback, link-local or a cloud metadata address.
// The connection then goes to exactly the checked addresses (pinnedLookup), so a DNS answer that
// changes between the check and the connection (rebinding) cannot slip through.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { isPrivateAddress, isPrivateHost } from '@/lib/domain/calendar-url';

export type ResolvedAddress = { address: string; family: number };
/** Resolves a host name to all its addresses (node:dns by default; tests pass their own). */
export type Resolve = (host: string) => Promise<ResolvedAddress[]>;

export type UnsafeTargetReason = 'scheme' | 'credentials' | 'private' | 'unresolvable';

/** The address may not be contacted; each caller words `reason` for its own users. */
export class UnsafeTarget extends Error {
  override name = 'UnsafeTarget';
  constructor(
    readonly reason: UnsafeTargetReason,
    message: string,
  ) {
    super(message);
  }
}

export type SafeTargetOptions = {
  /** Allows private addresses and plain http: local development and tests only, never production. */
  allowPrivate?: boolean;
  resolve?: Resolve;
};

const defaultResolve: Resolve = (host) => dnsLookup(host, { all: true, verbatim: true });

/** The checked addresses of `url`'s host; throws UnsafeTarget when it must not be contacted. */
export async function resolveSafeTarget(url: URL, options: SafeTargetOptions = {}): Promise<ResolvedAddress[]> {
  const allowPrivate = options.allowPrivate === true;
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) throw new UnsafeTarget('scheme', 'The address must start with https://');
  if (url.username || url.password) throw new UnsafeTarget('credentials', 'The address must not contain a user name or password');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isPrivateHost(url.hostname)) throw new UnsafeTarget('private', 'The address points to a private network');
  let addresses: ResolvedAddress[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await (options.resolve ?? defaultResolve)(host);
    } catch {
      throw new UnsafeTarget('unresolvable', 'The host name could not be found');
    }
  }
  if (addresses.length === 0) throw new UnsafeTarget('unresolvable', 'The host name could not be found');
  if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) throw new UnsafeTarget('private', 'The address points to a private network');
  return addresses;
}

/** A lookup that answers with the addresses already checked, never asking DNS again. */
export function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
}
