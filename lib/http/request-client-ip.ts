import 'server-only';
import { headers } from 'next/headers';
import { clientIpFrom } from './client-ip';

/** The address of the client of the current request (a server action's), or null when it cannot be known. */
export async function requestClientIp(): Promise<string | null> {
  return clientIpFrom(await headers());
}
