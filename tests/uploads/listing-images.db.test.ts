import { beforeAll, describe, expect, it } from 'vitest';
import { NotFound, ValidationFailed } from '@/lib/errors';
import { addListingImages, deleteListingImage, makePrimaryImage, reorderListingImages, updateImageAlt } from '@/lib/business/listing-images';
import { setListingStatus } from '@/lib/business/listings';
import { jpegBytes, oversizedJpegBytes, pngBytes, textBytes, truncatedJpegBytes, webpBytes } from '../fixtures/images';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { brokenStorage, givenStorage, givenVendorsWithListing, imagesOf } from './upload-scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const rejectedWith = async (promise: Promise<unknown>, type: new (...args: never[]) => Error = ValidationFailed) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(type);
  return (error as Error).message;
};

describe('adding photos to a listing', () => {
  it('stores real JPEG, PNG and WebP files as WebP, in order, the first one primary', async () => {
    const { ownerA, listing } = await givenVendorsWithListing(t.db);
    const { storage, files } = await givenStorage();
    const added = await addListingImages(
      t.db,
      ownerA,
      { listingId: listing.id, files: [{ name: 'a.jpg', bytes: await jpegBytes() }, { name: 'b.png', bytes: await pngBytes() }, { name: 'c.webp', bytes: await webpBytes() }] },
      storage,
    );
    expect(added.map((image) => image.position)).toEqual([0, 1, 2]);
    const rows = await imagesOf(t.db, listing.id);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({ contentType: 'image/webp', width: 64, height: 48, alt: '' });
      expect(row.storageKey).toMatch(new RegExp(`^listings/${listing.id}/[0-9a-f-]{36}\\.webp$`));
      expect(row.url).toBe(`/uploads/${row.storageKey}`);
    }
    expect(await files()).toEqual(rows.map((row) => row.storageKey).sort());

    const more = await addListingImages(t.db, ownerA, { listingId: listing.id, files: [{ name: 'd.jpg', bytes: await jpegBytes() }], alt: 'The deck' }, storage);
    expect(more[0]).toMatchObject({ position: 3, alt: 'The deck' });
  });

  it('stores nothing when one file of the batch is a text file renamed to .jpg, and names it', async () => {
    const { ownerA, listing } = await givenVendorsWithListing(t.db);
    const { storage, files } = await givenStorage();
    const message = await rejectedWith(
      addListingImages(t.db, ownerA, { listingId: listing.id, files: [{ name: 'boat.jpg', bytes: await jpegBytes() }, { name: 'notes.jpg', bytes: textBytes() }] }, storage),
    );
    expect(message).toBe('"notes.jpg" is not a JPEG, PNG or WebP image.');
    expect(await imagesOf(t.db, listing.id)).toEqual([]);
    expect(await files()).toEqual([]);
  });

  it('stores nothing for a file over 5 MB or a truncated JPEG', async () => {
    const { ownerA, listing } = await givenVendorsWithListing(t.db);
    const { storage, files } = await givenStorage();
    expect(await rejectedWith(addListingImages(t.db, ownerA, { listingId: listing.id, files: [{ name: 'huge.jpg', bytes: await oversizedJpegBytes() }] }, storage))).toMatch(
      /^"huge.jpg" is too large \(5.0 MB\)\. Each image can be at most 5 MB\.$/,
    );
    expect(await rejectedWith(addListingImages(t.db, ownerA, { listingId: listing.id, files: [{ name: 'half.jpg', bytes: await truncatedJpegBytes() }] }, storage))).toMatch(
      /^"half.jpg" could not be read as an image/,
    );
    expect(await imagesOf(t.db, listing.id)).toEqual([]);
    expect(await files()).toEqual([]);
  });

  it('gives concurrent uploads distinct positions', async () => {
    const { ownerA, staffA, listing } = await givenVendorsWithListing(t.db);
    const { storage } = await givenStorage();
    const bytes = await jpegBytes(8, 8);
    await Promise.all([ownerA, staffA, ownerA].map((actor, i) => addListingImages(t.db, actor, { listingId: listing.id, files: [{ name: `${i}.jpg`, bytes }, { name: `${i}b.jpg`, bytes }] }, storage)));
    expect((await imagesOf(t.db, listing.id)).map((image) => image.position)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('allows at most 12 photos per listing', async () => {
    const { ownerA, listing } = await givenVendorsWithListing(t.db);
    const { storage, files } = await givenStorage();
    const bytes = await jpegBytes(8, 8);
    const batch = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `p${i}.jpg`, bytes }));
    await addListingImages(t.db, ownerA, { listingId: listing.id, files: batch(10) }, storage);
    expect(await rejectedWith(addListingImages(t.db, ownerA, { listingId: listing.id, files: batch(3) }, storage))).toMatch(/at most 12 photos \(it has 10\)/);
    await addListingImages(t.db, ownerA, { listingId: listing.id, files: batch(2) }, storage);
    expect(await imagesOf(t.db, listing.id)).toHaveLength(12);
    expect(await files()).toHaveLength(12);
  });

  it('removes the stored files again when the database write fails', async () => {
    const { ownerA, listing } = await givenVendorsWithListing(t.db);
    const { storage, files } = await givenStorage();
    await t.db.$executeRawUnsafe(`CREATE FUNCTION fail_image() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await t.db.$executeRawUnsafe(`CREATE TRIGGER fail_image BEFORE INSERT ON "ListingImage" FOR EACH ROW EXECUTE FUNCTION fail_image()`);
    try {
      await expect(addListingImages(t.db, ownerA, { listingId: listing.id, files: [{ name: 'a.jpg', bytes: await jpegBytes() }, { name: 'b.jpg', bytes: await jpegBytes() }] }, storage)).rejects.toThrow(/disk full/);
    } finally {
      await t.db.$executeRawUnsafe(`DROP TRIGGER fail_image ON "ListingImage"`);
      await t.db.$executeRawUnsafe(`DROP FUNCTION fail_image()`);
    }
    expect(await files()).toEqual([]);
    expect(await imagesOf(t.db, listing.id)).toEqual([]);
  });

  it('writes no row when the storage is down', async () => {
    const { ownerA, listing } = await givenVendorsWithListing(t.db);
    const { storage } = await givenStorage();
    await expect(addListingImages(t.db, ownerA, { listingId: listing.id, files: [{ name: 'a.jpg', bytes: await jpegBytes() }] }, brokenStorage(storage, 'put'))).rejects.toThrow(/down/);
    expect(await imagesOf(t.db, listing.id)).toEqual([]);
  });

  it('lets staff manage photos too, but refuses an archived listing', async () => {
    const { ownerA, staffA, listing } = await givenVendorsWithListing(t.db);
    const { storage } = await givenStorage();
    const [image] = await addListingImages(t.db, staffA, { listingId: listing.id, files: [{ name: 'a.jpg', bytes: await jpegBytes() }] }, storage);
    await updateImageAlt(t.db, staffA, { imageId: image!.id, alt: 'Bow view' });
    await setListingStatus(t.db, ownerA, { listingId: listing.id, status: 'ARCHIVED' });
    expect(await rejectedWith(addListingImages(t.db, ownerA, { listingId: listing.id, files: [{ name: 'a.jpg', bytes: await jpegBytes() }] }, storage), Error)).toBe(
      'An archived listing cannot be changed.',
    );
    expect(await rejectedWith(deleteListingImage(t.db, ownerA, { imageId: image!.id }, storage), Error)).toBe('An archived listing cannot be changed.');
  });
});

describe('arranging photos', () => {
  async function givenThreePhotos() {
    const world = await givenVendorsWithListing(t.db);
    const store = await givenStorage();
    const files = await Promise.all([1, 2, 3].map(async (n) => ({ name: `${n}.jpg`, bytes: await jpegBytes(10 * n, 10) })));
    const images = await addListingImages(t.db, world.ownerA, { listingId: world.listing.id, files }, store.storage);
    const [first, second, third] = images.map((image) => image.id) as [string, string, string];
    const order = async () => (await imagesOf(t.db, world.listing.id)).map((image) => image.id);
    return { ...world, ...store, first, second, third, order };
  }

  it('reorders: positions 0..n-1 in the order given, the first one primary', async () => {
    const { ownerA, listing, first, second, third, order } = await givenThreePhotos();
    await reorderListingImages(t.db, ownerA, { listingId: listing.id, imageIds: [third, first, second] });
    expect(await order()).toEqual([third, first, second]);
    expect((await imagesOf(t.db, listing.id)).map((image) => image.position)).toEqual([0, 1, 2]);
  });

  it('refuses a reorder that does not name every photo exactly once', async () => {
    const { ownerA, listing, first, second, third, order } = await givenThreePhotos();
    for (const imageIds of [[first, second], [first, second, third, third], [first, second, crypto.randomUUID()]]) {
      expect(await rejectedWith(reorderListingImages(t.db, ownerA, { listingId: listing.id, imageIds }), Error)).toMatch(/changed in the meantime/);
    }
    expect(await order()).toEqual([first, second, third]);
  });

  it('makes a photo primary, keeping the order of the others', async () => {
    const { staffA, first, second, third, order } = await givenThreePhotos();
    await makePrimaryImage(t.db, staffA, { imageId: third });
    expect(await order()).toEqual([third, first, second]);
  });

  it('edits the alt text', async () => {
    const { ownerA, listing, second } = await givenThreePhotos();
    await updateImageAlt(t.db, ownerA, { imageId: second, alt: 'The cabin, with two bunks' });
    expect((await imagesOf(t.db, listing.id))[1]!.alt).toBe('The cabin, with two bunks');
  });

  it('deletes a photo and its file; the others close the gap', async () => {
    const { ownerA, listing, first, second, third, order, files } = await givenThreePhotos();
    const key = (await t.db.listingImage.findUniqueOrThrow({ where: { id: first } })).storageKey!;
    await deleteListingImage(t.db, ownerA, { imageId: first }, (await givenStorage()).storage); // another folder: the file stays
    expect(await order()).toEqual([second, third]);
    expect((await imagesOf(t.db, listing.id)).map((image) => image.position)).toEqual([0, 1]);
    expect(await files()).toContain(key);
  });

  it('deletes the stored file with the photo', async () => {
    const { ownerA, storage, files, second } = await givenThreePhotos();
    const key = (await t.db.listingImage.findUniqueOrThrow({ where: { id: second } })).storageKey!;
    await deleteListingImage(t.db, ownerA, { imageId: second }, storage);
    expect(await files()).not.toContain(key);
    expect(await files()).toHaveLength(2);
  });

  it('deletes the photo even when its file cannot be removed (an orphan file is harmless)', async () => {
    const { ownerA, storage, second, order } = await givenThreePhotos();
    await deleteListingImage(t.db, ownerA, { imageId: second }, brokenStorage(storage, 'delete'));
    expect(await order()).not.toContain(second);
  });

  it('gives a member of vendor B "not found" for vendor A\'s listing and photos, and changes nothing', async () => {
    const { ownerB, listing, first, second, third, order, storage, files } = await givenThreePhotos();
    const before = await imagesOf(t.db, listing.id);
    const bytes = await jpegBytes();
    const calls = [
      () => addListingImages(t.db, ownerB, { listingId: listing.id, files: [{ name: 'a.jpg', bytes }] }, storage),
      () => reorderListingImages(t.db, ownerB, { listingId: listing.id, imageIds: [third, second, first] }),
      () => makePrimaryImage(t.db, ownerB, { imageId: third }),
      () => updateImageAlt(t.db, ownerB, { imageId: first, alt: 'hacked' }),
      () => deleteListingImage(t.db, ownerB, { imageId: first }, storage),
    ];
    for (const call of calls) await rejectedWith(call(), NotFound);
    expect(await imagesOf(t.db, listing.id)).toEqual(before);
    expect(await order()).toEqual([first, second, third]);
    expect(await files()).toHaveLength(3);
  });
});
