import 'server-only';
import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import { pinnedLookup, resolveSafeTarget, UnsafeTarget, type Resolve } from '@/lib/net/safe-target';

// One HTTP POST to a webhook endpoint, made safely: the target is checked (and pinned) at send
// time by the same guard as calendar feeds, redirects are not followed (a 3xx is a failure), the
// whole attempt has 10 seconds, and at most 64 kB of the answer is read (1 kB of it is kept).

export const SEND_TIMEOUT_MS = 10_000;
const MAX_READ_BYTES = 64 * 1024;
export const EXCERPT_BYTES = 1024;

export type SendOptions = { allowPrivate?: boolean; timeoutMs?: number; resolve?: Resolve };

export type SendOutcome = {
  ok: boolean;
  status: number | null;
  latencyMs: number;
  excerpt: string;
  /** Why it failed, in words the business understands (null on success). */
  error: string | null;
};

/** The first `bytes` bytes of a text, never cutting a character in half. */
export function excerptOf(text: string, bytes = EXCERPT_BYTES): string {
  const buffer = Buffer.from(text, 'utf8');
  if (buffer.length <= bytes) return text;
  let end = bytes;
  while (end > 0 && (buffer[end]! & 0xc0) === 0x80) end -= 1; // back to the start of a character
  return buffer.subarray(0, end).toString('utf8');
}

export async function sendWebhook(address: string, body: string, headers: Record<string, string>, options: SendOptions = {}): Promise<SendOutcome> {
  const timeoutMs = options.timeoutMs ?? SEND_TIMEOUT_MS;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const fail = (error: string, status: number | null = null, excerpt = ''): SendOutcome => ({ ok: false, status, latencyMs: elapsed(), excerpt, error });
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return fail('The endpoint URL is not valid.');
  }
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const addresses = await Promise.race([resolveSafeTarget(url, { allowPrivate: options.allowPrivate, resolve: options.resolve }), aborted(signal)]);
    const answer = await post(url, addresses, body, headers, signal);
    const excerpt = excerptOf(answer.text);
    if (answer.status >= 200 && answer.status < 300) return { ok: true, status: answer.status, latencyMs: elapsed(), excerpt, error: null };
    if (answer.status >= 300 && answer.status < 400) return fail(`Answered ${answer.status} (redirects are not followed; register the final URL).`, answer.status, excerpt);
    return fail(`Answered ${answer.status}.`, answer.status, excerpt);
  } catch (error) {
    return fail(describe(error, timeoutMs));
  }
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

function post(url: URL, addresses: Array<{ address: string; family: number }>, body: string, headers: Record<string, string>, signal: AbortSignal) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const client = url.protocol === 'http:' ? http : https;
    const req = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Bookwell-Webhooks/1.0' },
      lookup: pinnedLookup(addresses),
      agent: false, // a fresh connection each time: a pooled socket must not outlive the address check
      signal,
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size >= MAX_READ_BYTES) return;
        chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_READ_BYTES) {
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).subarray(0, MAX_READ_BYTES).toString('utf8') });
          res.destroy(); // read to the cap, no further
        }
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.end(body);
  });
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof UnsafeTarget) {
    return error.reason === 'private' ? 'The endpoint resolves to a private, loopback or link-local address; it was not contacted.' : `${error.message}.`;
  }
  const name = (error as { name?: string }).name;
  const code = String((error as { code?: string }).code ?? '');
  if (name === 'TimeoutError' || name === 'AbortError' || code === 'ABORT_ERR') return `No answer within ${timeoutMs / 1000} seconds.`;
  if (code === 'ECONNREFUSED') return 'The connection was refused.';
  if (code === 'ECONNRESET') return 'The connection was reset.';
  if (code.startsWith('ERR_TLS') || /CERT|SSL|TLS/.test(code)) return 'The secure connection failed (certificate problem).';
  return 'The endpoint could not be reached.';
}
