import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A tiny S3-compatible server: PUT and DELETE of objects in one bucket, each request's AWS
// Signature V4 checked against the secret (recomputed here, independently of the app's signer),
// and the body checked against its signed SHA-256.

export type S3Request = { method: string; path: string; headers: IncomingMessage['headers']; body: Buffer; verdict: 'ok' | string };

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Why the request's signature is wrong, or 'ok'. */
function checkSignature(req: IncomingMessage, body: Buffer, credentials: { accessKeyId: string; secretAccessKey: string; region: string }): string {
  const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(req.headers.authorization ?? '');
  if (!match) return 'missing or malformed Authorization';
  const [, keyId, date, region, signedHeaders, signature] = match as unknown as [string, string, string, string, string, string];
  if (keyId !== credentials.accessKeyId) return 'unknown access key';
  if (region !== credentials.region) return 'wrong region';
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  if (!amzDate.startsWith(date)) return 'x-amz-date does not match the credential date';
  const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
  if (payloadHash !== sha256(body)) return 'body does not match x-amz-content-sha256';
  const names = signedHeaders.split(';');
  for (const required of ['host', 'x-amz-date', 'x-amz-content-sha256']) if (!names.includes(required)) return `${required} is not signed`;
  const url = new URL(req.url ?? '/', 'http://fake');
  const canonical = [
    req.method,
    url.pathname,
    [...url.searchParams].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).sort().join('&'),
    names.map((name) => `${name}:${String(req.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join(''),
    signedHeaders,
    payloadHash,
  ].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, `${date}/${region}/s3/aws4_request`, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, date), region), 's3'), 'aws4_request');
  return hmac(key, stringToSign).toString('hex') === signature ? 'ok' : 'signature does not match';
}

export async function startFakeS3(options: { bucket: string; accessKeyId: string; secretAccessKey: string; region: string }) {
  const requests: S3Request[] = [];
  const objects = new Map<string, { body: Buffer; contentType: string; cacheControl: string }>();
  let failNext = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const verdict = checkSignature(req, body, options);
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://fake').pathname);
      requests.push({ method: req.method ?? '', path, headers: req.headers, body, verdict });
      const reply = (status: number, text = '') => res.writeHead(status, { 'content-type': 'application/xml' }).end(text);
      if (failNext > 0) {
        failNext -= 1;
        return reply(500, '<Error><Code>InternalError</Code></Error>');
      }
      if (verdict !== 'ok') return reply(403, `<Error><Code>SignatureDoesNotMatch</Code><Message>${verdict}</Message></Error>`);
      const prefix = `/${options.bucket}/`;
      if (!path.startsWith(prefix)) return reply(404, '<Error><Code>NoSuchBucket</Code></Error>');
      const key = path.slice(prefix.length);
      if (req.method === 'PUT') {
        objects.set(key, { body, contentType: String(req.headers['content-type']), cacheControl: String(req.headers['cache-control']) });
        return reply(200);
      }
      if (req.method === 'DELETE') {
        objects.delete(key);
        return reply(204);
      }
      return reply(405);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    objects,
    endpoint: `http://127.0.0.1:${port}`,
    /** The next `count` requests answer 500 (after being recorded). */
    failNext: (count = 1) => void (failNext = count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
