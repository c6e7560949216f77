import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as getUpload } from '@/app/uploads/[...key]/route';
import { POST as postImages } from '@/app/api/dashboard/listings/[id]/images/route';
import { DELETE as deleteLogo, POST as postLogo } from '@/app/api/dashboard/profile/logo/route';
import { DELETE as deleteStaffPhoto, POST as postStaffPhoto } from '@/app/api/dashboard/staff/[staffId]/photo/route';
import { jpegBytes, oversizedJpegBytes, pngBytes, textBytes, webpBytes } from '../fixtures/images';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenStorage, givenVendorsWithListing, imagesOf } from './upload-scenario';

// The upload route handlers as Next.js calls them: a real Request with multipart FormData, the real
// services, database and disk. Only the session (who is signed in) is faked.

const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/lib/auth/auth', () => ({
  auth: async () => (signedIn.userId ? { user: { id: signedIn.userId }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null),
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: {},
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let t: TestDatabase;
let disk: Awaited<ReturnType<typeof givenStorage>>;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url;
  delete process.env.S3_BUCKET;
});
beforeEach(async () => {
  disk = await givenStorage();
  process.env.UPLOAD_DIR = disk.root;
  signedIn.userId = null;
});

const form = (field: string, files: Array<[name: string, bytes: Uint8Array, type?: string]>) => {
  const data = new FormData();
  for (const [name, bytes, type] of files) data.append(field, new File([bytes as BlobPart], name, { type: type ?? 'image/jpeg' }));
  return data;
};
const uploadPhotos = (listingId: string, body: FormData | ReadableStream, headers: Record<string, string> = {}) =>
  postImages(new Request(`http://localhost/api/dashboard/listings/${listingId}/images`, { method: 'POST', body, headers, duplex: 'half' } as RequestInit), {
    params: Promise.resolve({ id: listingId }),
  });
const uploadLogo = (body: FormData) => postLogo(new Request('http://localhost/api/dashboard/profile/logo', { method: 'POST', body }));
const serve = (key: string[]) => getUpload(new Request(`http://localhost/uploads/${key.join('/')}`), { params: Promise.resolve({ key }) });

describe('POST /api/dashboard/listings/[id]/images', () => {
  it('stores real JPEG, PNG and WebP uploads for a member and serves them as immutable WebP', async () => {
    const { ownerA, listing } = await givenVendorsWithListing(t.db);
    signedIn.userId = ownerA.userId;
    const response = await uploadPhotos(listing.id, form('files', [['deck.jpg', await jpegBytes()], ['cabin.png', await pngBytes(), 'image/png'], ['bow.webp', await webpBytes(), 'image/webp']]));
    expect(response.status).toBe(201);
    const { images } = (await response.json()) as { images: Array<{ id: string; url: string; position: number; width: number }> };
    expect(images.map((image) => [image.position, image.width])).toEqual([[0, 64], [1, 64], [2, 64]]);
    expect(await disk.files()).toHaveLength(3);

    const served = await serve(images[0]!.url.replace('/uploads/', '').split('/'));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    const key = (await imagesOf(t.db, listing.id))[0]!.storageKey!;
    expect(Buffer.from(await served.arrayBuffer()).equals(await readFile(path.join(disk.root, key)))).toBe(true);
  });

  it('refuses a text file renamed to .jpg, whatever type the browser claims, and stores nothing', async () => {
    const { staffA, listing } = await givenVendorsWithListing(t.db);
    signedIn.userId = staffA.userId;
    const response = await uploadPhotos(listing.id, form('files', [['holiday.jpg', textBytes(), 'image/jpeg']]));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: { code: 'VALIDATION_FAILED', message: '"holiday.jpg" is not a JPEG, PNG or WebP image.', fieldErrors: { file: ['"holiday.jpg" is not a JPEG, PNG or WebP image.'] } } });
    expect(await imagesOf(t.db, listing.id)).toEqual([]);
    expect(await disk.files()).toEqual([]);
  });

  it('refuses a file over 5 MB with its name, and stores nothing', async () => {
    const { ownerA, listing } = await givenVendorsWithListing(t.db);
    signedIn.userId = ownerA.userId;
    const response = await uploadPhotos(listing.id, form('files', [['panorama.jpg', await oversizedJpegBytes()]]));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe('"panorama.jpg" is too large (5.0 MB). Each image can be at most 5 MB.');
    expect(await imagesOf(t.db, listing.id)).toEqual([]);
    expect(await disk.files()).toEqual([]);
  });

  it('refuses a body declared larger than the limit without reading it', async () => {
    const { ownerA, listing } = await givenVendorsWithListing(t.db);
    signedIn.userId = ownerA.userId;
    let pulled = false;
    const body = new ReadableStream({ pull: () => void (pulled = true) }, { highWaterMark: 0 });
    const response = await uploadPhotos(listing.id, body, { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(200 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(pulled).toBe(false);
  });

  it('cuts off a body without a declared length once it grows past the limit', async () => {
    const { ownerA, listing } = await givenVendorsWithListing(t.db);
    signedIn.userId = ownerA.userId;
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 100) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await uploadPhotos(listing.id, body, { 'content-type': 'multipart/form-data; boundary=x' });
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(30);
  });

  it('answers 401 when signed out and 404 to a member of another vendor', async () => {
    const { ownerB, listing } = await givenVendorsWithListing(t.db);
    const photo = form('files', [['deck.jpg', await jpegBytes()]]);
    expect((await uploadPhotos(listing.id, photo)).status).toBe(401);
    signedIn.userId = ownerB.userId;
    const response = await uploadPhotos(listing.id, form('files', [['deck.jpg', await jpegBytes()]]));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Listing not found.' } });
    expect((await uploadPhotos('not-a-uuid', form('files', [['deck.jpg', await jpegBytes()]]))).status).toBe(404);
    expect(await imagesOf(t.db, listing.id)).toEqual([]);
    expect(await disk.files()).toEqual([]);
  });

  it('limits how often a member uploads', async () => {
    const { ownerA, listing } = await givenVendorsWithListing(t.db);
    signedIn.userId = ownerA.userId;
    const statuses: number[] = [];
    for (let i = 0; i < 61; i += 1) statuses.push((await uploadPhotos(listing.id, new FormData())).status);
    expect(statuses.slice(0, 60).every((status) => status === 422)).toBe(true); // no files: refused, but counted
    expect(statuses[60]).toBe(429);
  });
});

describe('POST and DELETE /api/dashboard/profile/logo', () => {
  it('lets the owner set a logo (fit in 512 × 512), replace it (the old file goes), and remove it', async () => {
    const { ownerA, vendorA } = await givenVendorsWithListing(t.db);
    signedIn.userId = ownerA.userId;
    const first = await uploadLogo(form('file', [['logo.png', await pngBytes(1024, 512), 'image/png']]));
    expect(first.status).toBe(201);
    const { logoUrl } = (await first.json()) as { logoUrl: string };
    expect(logoUrl).toMatch(new RegExp(`^/uploads/vendors/${vendorA.id}/[0-9a-f-]{36}\\.webp$`));
    expect((await t.db.vendor.findUniqueOrThrow({ where: { id: vendorA.id } })).logoUrl).toBe(logoUrl);
    expect(await disk.files()).toEqual([logoUrl.replace('/uploads/', '')]);
    const served = await serve(logoUrl.replace('/uploads/', '').split('/'));
    expect(served.headers.get('content-type')).toBe('image/webp');

    const second = await uploadLogo(form('file', [['new-logo.jpg', await jpegBytes()]]));
    const replaced = ((await second.json()) as { logoUrl: string }).logoUrl;
    expect(await disk.files()).toEqual([replaced.replace('/uploads/', '')]);

    expect((await deleteLogo(new Request('http://localhost/api/dashboard/profile/logo', { method: 'DELETE' }))).status).toBe(200);
    expect((await t.db.vendor.findUniqueOrThrow({ where: { id: vendorA.id } })).logoUrl).toBeNull();
    expect(await disk.files()).toEqual([]);
  });

  it('keeps a seeded logo URL it did not store (nothing to delete) when replacing it', async () => {
    const { ownerA, vendorA } = await givenVendorsWithListing(t.db);
    await t.db.vendor.update({ where: { id: vendorA.id }, data: { logoUrl: '/images/demo/logo.svg' } });
    signedIn.userId = ownerA.userId;
    expect((await uploadLogo(form('file', [['logo.jpg', await jpegBytes()]]))).status).toBe(201);
  });

  it('is for the owner only: staff get 403, signed out 401, and nothing is stored', async () => {
    const { staffA, vendorA } = await givenVendorsWithListing(t.db);
    expect((await uploadLogo(form('file', [['logo.jpg', await jpegBytes()]]))).status).toBe(401);
    signedIn.userId = staffA.userId;
    const response = await uploadLogo(form('file', [['logo.jpg', await jpegBytes()]]));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'Only the owner can change the logo.' } });
    expect((await deleteLogo(new Request('http://localhost/api/dashboard/profile/logo', { method: 'DELETE' }))).status).toBe(403);
    expect((await t.db.vendor.findUniqueOrThrow({ where: { id: vendorA.id } })).logoUrl).toBeNull();
    expect(await disk.files()).toEqual([]);
  });

  it('refuses a text file renamed to .png as a logo', async () => {
    const { ownerA, vendorA } = await givenVendorsWithListing(t.db);
    signedIn.userId = ownerA.userId;
    const response = await uploadLogo(form('file', [['logo.png', textBytes(), 'image/png']]));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe('"logo.png" is not a JPEG, PNG or WebP image.');
    expect((await t.db.vendor.findUniqueOrThrow({ where: { id: vendorA.id } })).logoUrl).toBeNull();
    expect(await disk.files()).toEqual([]);
  });
});

describe('POST and DELETE /api/dashboard/staff/[staffId]/photo', () => {
  const photoRequest = (staffId: string, method: 'POST' | 'DELETE', body?: FormData) => [new Request(`http://localhost/api/dashboard/staff/${staffId}/photo`, { method, body }), { params: Promise.resolve({ staffId }) }] as const;
  const givenStaffOf = (vendorId: string) => t.db.staffMember.create({ data: { vendorId, name: 'Ben', bio: 'Colour specialist' } });

  it('lets a member set a staff photo (checked, resized WebP), replace it (the old file goes) and remove it', async () => {
    const { staffA, vendorA } = await givenVendorsWithListing(t.db);
    const ben = await givenStaffOf(vendorA.id);
    signedIn.userId = staffA.userId;
    const first = await postStaffPhoto(...photoRequest(ben.id, 'POST', form('file', [['ben.png', await pngBytes(1024, 1024), 'image/png']])));
    expect(first.status).toBe(201);
    const { photoUrl } = (await first.json()) as { photoUrl: string };
    expect(photoUrl).toMatch(new RegExp(`^/uploads/staff/${ben.id}/[0-9a-f-]{36}\\.webp$`));
    expect((await t.db.staffMember.findUniqueOrThrow({ where: { id: ben.id } })).photoUrl).toBe(photoUrl);
    const served = await serve(photoUrl.replace('/uploads/', '').split('/'));
    expect(served.headers.get('content-type')).toBe('image/webp');

    const second = await postStaffPhoto(...photoRequest(ben.id, 'POST', form('file', [['ben.jpg', await jpegBytes()]])));
    const replaced = ((await second.json()) as { photoUrl: string }).photoUrl;
    expect(await disk.files()).toEqual([replaced.replace('/uploads/', '')]);

    expect((await deleteStaffPhoto(...photoRequest(ben.id, 'DELETE'))).status).toBe(200);
    expect((await t.db.staffMember.findUniqueOrThrow({ where: { id: ben.id } })).photoUrl).toBeNull();
    expect(await disk.files()).toEqual([]);
  });

  it('refuses a text file renamed to .jpg and an image over the size limit, and stores nothing', async () => {
    const { ownerA, vendorA } = await givenVendorsWithListing(t.db);
    const ben = await givenStaffOf(vendorA.id);
    signedIn.userId = ownerA.userId;
    const fake = await postStaffPhoto(...photoRequest(ben.id, 'POST', form('file', [['ben.jpg', textBytes(), 'image/jpeg']])));
    expect(fake.status).toBe(422);
    expect(((await fake.json()) as { error: { message: string } }).error.message).toBe('"ben.jpg" is not a JPEG, PNG or WebP image.');
    const huge = await postStaffPhoto(...photoRequest(ben.id, 'POST', form('file', [['ben.jpg', await oversizedJpegBytes()]])));
    expect(huge.status).toBe(422);
    expect((await t.db.staffMember.findUniqueOrThrow({ where: { id: ben.id } })).photoUrl).toBeNull();
    expect(await disk.files()).toEqual([]);
  });

  it("treats another business's staff member as not found", async () => {
    const { ownerB, vendorA } = await givenVendorsWithListing(t.db);
    const ben = await givenStaffOf(vendorA.id);
    signedIn.userId = ownerB.userId;
    expect((await postStaffPhoto(...photoRequest(ben.id, 'POST', form('file', [['ben.jpg', await jpegBytes()]])))).status).toBe(404);
    expect(await disk.files()).toEqual([]);
  });
});

describe('GET /uploads/[...key]', () => {
  it('serves only keys of the stored shape: no path traversal, no other files', async () => {
    for (const key of [['..', '..', 'package.json'], ['listings', '..', '..', '.env'], ['%2e%2e', 'etc', 'passwd'], ['listings', 'x', 'y.webp'], ['README.md']]) {
      const response = await serve(key);
      expect(response.status, key.join('/')).toBe(404);
    }
    expect((await serve(['listings', crypto.randomUUID(), `${crypto.randomUUID()}.webp`])).status).toBe(404);
  });
});
