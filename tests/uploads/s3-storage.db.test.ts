import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addListingImages, deleteListingImage } from '@/lib/business/listing-images';
import { s3ConfigFromEnv, s3Storage } from '@/lib/uploads/s3-storage';
import { uploadStorage } from '@/lib/uploads/upload-storage';
import { setVendorLogo } from '@/lib/business/logo';
import { jpegBytes, pngBytes, textBytes } from '../fixtures/images';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { startFakeS3 } from './fake-s3';
import { givenVendorsWithListing, imagesOf } from './upload-scenario';

// The S3 storage against a local fake S3 that checks every request's SigV4 signature.

const credentials = { bucket: 'bookwell-photos', accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', region: 'eu-central-1' };
const PUBLIC_URL = 'https://cdn.example.com/photos';

let t: TestDatabase;
let s3: Awaited<ReturnType<typeof startFakeS3>>;
let env: Record<string, string>;
beforeAll(async () => {
  t = await useTestDatabase();
  s3 = await startFakeS3(credentials);
  env = {
    S3_BUCKET: credentials.bucket,
    S3_REGION: credentials.region,
    S3_ENDPOINT: `${s3.endpoint}/`,
    S3_ACCESS_KEY_ID: credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    S3_PUBLIC_URL: `${PUBLIC_URL}/`,
  };
});
afterAll(() => s3.close());

describe('S3 configuration', () => {
  it('is off without S3_BUCKET, needs both keys with it, and has sensible defaults', () => {
    expect(s3ConfigFromEnv({})).toBeNull();
    expect(uploadStorage({ UPLOAD_DIR: '/tmp/x' }).publicUrl('listings/a/b.webp')).toBe('/uploads/listings/a/b.webp');
    expect(() => s3ConfigFromEnv({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_SECRET_ACCESS_KEY are required/);
    expect(s3ConfigFromEnv({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' })).toEqual({
      bucket: 'b',
      region: 'us-east-1',
      endpoint: 'https://s3.us-east-1.amazonaws.com',
      accessKeyId: 'k',
      secretAccessKey: 's',
      publicUrl: 'https://s3.us-east-1.amazonaws.com/b',
    });
    expect(s3ConfigFromEnv(env)).toMatchObject({ endpoint: s3.endpoint, publicUrl: PUBLIC_URL });
  });
});

describe('the S3 storage', () => {
  it('PUTs and DELETEs objects in the bucket with requests signed for it', async () => {
    const storage = uploadStorage(env);
    const key = `listings/${crypto.randomUUID()}/${crypto.randomUUID()}.webp`;
    const body = new Uint8Array([1, 2, 3, 4]);
    await storage.put(key, body, 'image/webp');
    const put = s3.requests.at(-1)!;
    expect(put).toMatchObject({ method: 'PUT', path: `/${credentials.bucket}/${key}`, verdict: 'ok' });
    expect(put.headers.authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/eu-central-1/s3/aws4_request, SignedHeaders=\\S*host\\S*, Signature=[0-9a-f]{64}$`));
    expect(s3.objects.get(key)).toEqual({ body: Buffer.from(body), contentType: 'image/webp', cacheControl: 'public, max-age=31536000, immutable' });
    expect(storage.publicUrl(key)).toBe(`${PUBLIC_URL}/${key}`);
    expect(storage.keyFromUrl(`${PUBLIC_URL}/${key}`)).toBe(key);
    expect(storage.keyFromUrl('/images/demo/boat.svg')).toBeNull();

    await storage.delete(key);
    expect(s3.requests.at(-1)).toMatchObject({ method: 'DELETE', path: `/${credentials.bucket}/${key}`, verdict: 'ok' });
    expect(s3.objects.has(key)).toBe(false);
  });

  it('fails loudly when the bucket refuses the signature (the fake really checks it)', async () => {
    const storage = s3Storage({ ...s3ConfigFromEnv(env)!, secretAccessKey: 'not-the-secret' });
    const key = `listings/${crypto.randomUUID()}/${crypto.randomUUID()}.webp`;
    await expect(storage.put(key, new Uint8Array([1]), 'image/webp')).rejects.toThrow(/S3 PUT .* failed: 403 .*signature does not match/);
    expect(s3.objects.has(key)).toBe(false);
  });

  it('stores listing photos in the bucket, with their public URL, and deletes them from it', async () => {
    const { ownerA, listing } = await givenVendorsWithListing(t.db);
    const storage = uploadStorage(env);
    const [jpeg, png] = await addListingImages(t.db, ownerA, { listingId: listing.id, files: [{ name: 'a.jpg', bytes: await jpegBytes() }, { name: 'b.png', bytes: await pngBytes() }] }, storage);
    expect(jpeg!.url).toBe(`${PUBLIC_URL}/${jpeg!.storageKey}`);
    expect(s3.objects.get(jpeg!.storageKey!)?.contentType).toBe('image/webp');
    expect(s3.objects.has(png!.storageKey!)).toBe(true);

    await deleteListingImage(t.db, ownerA, { imageId: jpeg!.id }, storage);
    expect(s3.objects.has(jpeg!.storageKey!)).toBe(false);
    expect((await imagesOf(t.db, listing.id)).map((image) => image.id)).toEqual([png!.id]);
  });

  it('sends nothing to the bucket for a bad file, and writes no row when the bucket fails', async () => {
    const { ownerA, listing } = await givenVendorsWithListing(t.db);
    const storage = uploadStorage(env);
    const sent = s3.requests.length;
    await expect(addListingImages(t.db, ownerA, { listingId: listing.id, files: [{ name: 'notes.jpg', bytes: textBytes() }] }, storage)).rejects.toThrow(/not a JPEG, PNG or WebP/);
    expect(s3.requests.length).toBe(sent);

    s3.failNext(3); // the signer retries twice
    await expect(addListingImages(t.db, ownerA, { listingId: listing.id, files: [{ name: 'a.jpg', bytes: await jpegBytes() }] }, storage)).rejects.toThrow(/S3 PUT .* failed: 500/);
    expect(await imagesOf(t.db, listing.id)).toEqual([]);
  });

  it('replaces the logo in the bucket: the previous one is deleted', async () => {
    const { ownerA, vendorA } = await givenVendorsWithListing(t.db);
    const storage = uploadStorage(env);
    const first = await setVendorLogo(t.db, ownerA, { file: { name: 'logo.png', bytes: await pngBytes() } }, storage);
    const second = await setVendorLogo(t.db, ownerA, { file: { name: 'logo2.png', bytes: await pngBytes() } }, storage);
    expect(s3.objects.has(storage.keyFromUrl(first.logoUrl)!)).toBe(false);
    expect(s3.objects.has(storage.keyFromUrl(second.logoUrl)!)).toBe(true);
    expect((await t.db.vendor.findUniqueOrThrow({ where: { id: vendorA.id } })).logoUrl).toBe(second.logoUrl);
  });
});
