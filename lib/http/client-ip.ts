import 'server-only';
import { headers } from 'next/headers';

/** The address rate limits key on for this request (see clientIpFrom). */
export async function requestClientIp(): Promise<string> {
  return clientIpFrom(await headers());
}

/** The first X-Forwarded-For address, or 'local' without one. */
export function clientIpFrom(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
}
