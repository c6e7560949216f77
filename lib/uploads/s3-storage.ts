import 'server-only';
import { createHash } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import { STORAGE_KEY, type ImageStorage } from './storage';

// Any S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, Backblaze B2, ...). Only PUT and DELETE
// of single objects are needed, so a SigV4 signer (aws4fetch: tiny, no dependencies, fetch-based)
// does the job of the whole AWS SDK.

/** Settings as read from the environment (process.env, or a plain object in tests). */
export type Env = Record<string, string | undefined>;

export type S3Config = { bucket: string; region: string; endpoint: string; accessKeyId: string; secretAccessKey: string; publicUrl: string };

/** The S3 settings from the environment, or null when S3_BUCKET is unset (local disk then). */
export function s3ConfigFromEnv(env: Env): S3Config | null {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return null;
  const region = env.S3_REGION?.trim() || 'us-east-1';
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  if (!accessKeyId || !secretAccessKey) throw new Error('S3_BUCKET is set, so S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required too.');
  const endpoint = trimSlash(env.S3_ENDPOINT?.trim() || `https://s3.${region}.amazonaws.com`);
  const publicUrl = trimSlash(env.S3_PUBLIC_URL?.trim() || `${endpoint}/${bucket}`);
  return { bucket, region, endpoint, accessKeyId, secretAccessKey, publicUrl };
}

export function s3Storage(config: S3Config): ImageStorage {
  const client = new AwsClient({ accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, service: 's3', region: config.region, retries: 2 });
  // Path-style addressing (endpoint/bucket/key) works with every S3-compatible service.
  const objectUrl = (key: string) => {
    if (!STORAGE_KEY.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return `${config.endpoint}/${encodeURIComponent(config.bucket)}/${key}`;
  };
  const send = async (method: 'PUT' | 'DELETE', key: string, init: { body?: Uint8Array; headers?: Record<string, string> } = {}) => {
    const body = init.body ?? new Uint8Array();
    const response = await client.fetch(objectUrl(key), {
      method,
      body: init.body ? new Uint8Array(init.body) : undefined,
      // The payload hash is signed too, so the bucket rejects a body changed on the way.
      headers: { ...init.headers, 'x-amz-content-sha256': createHash('sha256').update(body).digest('hex') },
      signal: AbortSignal.timeout(20_000),
    });
    if (!response.ok && !(method === 'DELETE' && response.status === 404)) {
      throw new Error(`S3 ${method} ${key} failed: ${response.status} ${(await response.text()).slice(0, 300)}`);
    }
    await response.body?.cancel();
  };
  return {
    put: (key, data, contentType) => send('PUT', key, { body: data, headers: { 'content-type': contentType, 'cache-control': 'public, max-age=31536000, immutable' } }),
    delete: (key) => send('DELETE', key),
    publicUrl: (key) => `${config.publicUrl}/${key}`,
    keyFromUrl(url) {
      const prefix = `${config.publicUrl}/`;
      if (!url.startsWith(prefix)) return null;
      const key = url.slice(prefix.length);
      return STORAGE_KEY.test(key) ? key : null;
    },
  };
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');
