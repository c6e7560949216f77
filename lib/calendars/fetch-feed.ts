// Fetches one external calendar feed (a vendor-supplied https URL) without letting it reach our
// own network (lib/net/safe-target.ts: resolved once, refused if any address is private, connected
// to the checked addresses only). Redirects are followed by hand (at most 3), each target checked again.
import http from 'node:http';
import https from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { pinnedLookup, resolveSafeTarget, UnsafeTarget, type Resolve, type ResolvedAddress, type UnsafeTargetReason } from '@/lib/net/safe-target';

export const MAX_FEED_BYTES = 2 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;

/** The feed could not be fetched; the message is short and safe to show to the vendor. */
export class FeedFetchError extends Error {}

export type FetchFeedOptions = {
  /**
   * TESTS ONLY: lets the feed live on a private address (127.0.0.1) and over plain http, so tests
   * can serve .ics files from a local server. Production callers never pass it.
   */
  unsafeAllowPrivateHostsForTests?: boolean;
  timeoutMs?: number;
  /** Resolves a host name to all its addresses (node:dns by default). */
  resolve?: Resolve;
};

export type FetchFeed = (url: string) => Promise<string>;

const FEED_WORDS: Record<UnsafeTargetReason, string> = {
  scheme: 'The calendar address must start with https://',
  credentials: 'Remove the user name and password from the calendar address',
  private: 'This address points to a private network',
  unresolvable: 'The calendar’s host name could not be found',
};

async function checkedAddresses(url: URL, options: FetchFeedOptions): Promise<ResolvedAddress[]> {
  try {
    return await resolveSafeTarget(url, { allowPrivate: options.unsafeAllowPrivateHostsForTests === true, resolve: options.resolve });
  } catch (error) {
    if (error instanceof UnsafeTarget) throw new FeedFetchError(FEED_WORDS[error.reason]);
    throw error;
  }
}

type Answer = { status: number; location?: string; body?: string };

function request(url: URL, addresses: ResolvedAddress[], signal: AbortSignal): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const client = url.protocol === 'http:' ? http : https;
    const req = client.request(url, {
      method: 'GET',
      headers: { accept: 'text/calendar, */*;q=0.5', 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'Bookwell-CalendarSync/1.0' },
      lookup: pinnedLookup(addresses),
      signal,
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        res.resume();
        resolve({ status, location: res.headers.location });
        return;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        resolve({ status });
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > MAX_FEED_BYTES) {
        res.destroy();
        reject(new FeedFetchError('The calendar is larger than 2 MB'));
        return;
      }
      const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase().trim();
      let stream: Readable = res;
      if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(createGunzip());
      else if (encoding === 'deflate') stream = res.pipe(createInflate());
      else if (encoding === 'br') stream = res.pipe(createBrotliDecompress());
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length; // counted after decompression, so a small bomb cannot grow past the limit
        if (size > MAX_FEED_BYTES) {
          res.destroy();
          stream.destroy();
          reject(new FeedFetchError('The calendar is larger than 2 MB'));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', reject);
      res.on('error', reject);
      stream.on('end', () => resolve({ status, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.end();
  });
}

function describeNetworkError(error: unknown, timeoutMs: number): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  const name = (error as { name?: string }).name;
  const code = String((error as { code?: string }).code ?? '');
  if (name === 'TimeoutError' || name === 'AbortError' || code === 'ABORT_ERR') return new FeedFetchError(`The calendar did not answer within ${timeoutMs / 1000} seconds`);
  if (code.startsWith('ERR_TLS') || /CERT|SSL|TLS/.test(code)) return new FeedFetchError('The calendar’s secure connection failed (certificate problem)');
  if (code === 'Z_DATA_ERROR' || code === 'ERR_PADDING_1' || code.startsWith('ERR__')) return new FeedFetchError('The calendar sent a damaged compressed file');
  return new FeedFetchError('The calendar could not be reached');
}

/** Fetches the feed at `address` and returns its text; throws FeedFetchError with a clear message. */
export async function fetchFeed(address: string, options: FetchFeedOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(new FeedFetchError(`The calendar did not answer within ${timeoutMs / 1000} seconds`)), { once: true });
  });
  timedOut.catch(() => {}); // only raced below
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FeedFetchError('The calendar address is not a valid address');
  }
  try {
    for (let redirects = 0; ; redirects += 1) {
      const addresses = await Promise.race([checkedAddresses(url, options), timedOut]);
      const answer = await Promise.race([request(url, addresses, signal), timedOut]);
      if (answer.status >= 300 && answer.status < 400) {
        if (!answer.location) throw new FeedFetchError(`The calendar answered ${answer.status} without a new address`);
        if (redirects >= MAX_REDIRECTS) throw new FeedFetchError('The calendar redirected too many times');
        try {
          url = new URL(answer.location, url);
        } catch {
          throw new FeedFetchError('The calendar redirected to an invalid address');
        }
        continue;
      }
      if (answer.status < 200 || answer.status >= 300) throw new FeedFetchError(`The calendar answered ${answer.status}`);
      const body = (answer.body ?? '').replace(/^\uFEFF/, '');
      if (!/^\s*BEGIN:VCALENDAR/i.test(body)) throw new FeedFetchError('The address did not return an iCalendar (.ics) file');
      return body;
    }
  } catch (error) {
    throw describeNetworkError(error, timeoutMs);
  }
}

/** The fetcher production code uses: https only, public addresses only. */
export const fetchPublicFeed: FetchFeed = (url) => fetchFeed(url);
