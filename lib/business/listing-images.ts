import 'server-only';
// Photos of a listing: add several at once, reorder (position 0 is the primary photo), edit the
// alt text, delete. Any member of the listing's vendor may manage them; other vendors get NotFound.
import type { Db, DbOrTx } from '@/lib/db/prisma';
import { Conflict, NotFound, PolicyViolation, ValidationFailed } from '@/lib/errors';
import { MAX_IMAGES_PER_LISTING, type ImageAltInput, type ImageIdInput, type ReorderImagesInput } from '@/lib/uploads/image-schemas';
import { processImage, type ProcessedImage, type UploadedFile } from '@/lib/uploads/process-image';
import { deleteQuietly, newStorageKey, type ImageStorage } from '@/lib/uploads/storage';
import { uploadStorage } from '@/lib/uploads/upload-storage';
import { ownListing } from './ownership';
import type { MemberActor } from '@/lib/domain/actor';
import { expireCatalog } from '@/lib/catalog/cache-tags';

export type AddImagesInput = { listingId: string; files: UploadedFile[]; alt?: string };

const archived = () => new PolicyViolation('An archived listing cannot be changed.');
const tooMany = (existing: number) =>
  new ValidationFailed(
    `A listing can have at most ${MAX_IMAGES_PER_LISTING} photos${existing ? ` (it has ${existing})` : ''}. Delete some before adding more.`,
    { file: [`At most ${MAX_IMAGES_PER_LISTING} photos per listing`] },
  );

/** Locks the listing's row so concurrent uploads and reorders take positions one after the other. */
const lockListing = (tx: DbOrTx, listingId: string) => tx.$queryRaw`SELECT id FROM "Listing" WHERE id = ${listingId}::uuid FOR UPDATE`;

async function ownImage(db: DbOrTx, actor: MemberActor, imageId: string) {
  const image = await db.listingImage.findFirst({ where: { id: imageId, listing: { vendorId: actor.vendorId } }, include: { listing: { select: { status: true } } } });
  if (!image) throw new NotFound('Photo not found.');
  if (image.listing.status === 'ARCHIVED') throw archived();
  return image;
}

/**
 * Adds photos after the existing ones. All files are checked and processed before anything is
 * stored: one bad file stores nothing (no row, no file) and the error names it. The files are
 * stored before the rows are written, and removed again when the write fails.
 */
export async function addListingImages(db: Db, actor: MemberActor, input: AddImagesInput, storage: ImageStorage = uploadStorage()) {
  const listing = await ownListing(db, actor, input.listingId);
  if (listing.status === 'ARCHIVED') throw archived();
  if (input.files.length === 0) throw new ValidationFailed('Choose at least one image.', { file: ['Choose at least one image'] });
  const existing = await db.listingImage.count({ where: { listingId: listing.id } });
  if (existing + input.files.length > MAX_IMAGES_PER_LISTING) throw tooMany(existing);

  const processed: ProcessedImage[] = [];
  for (const file of input.files) processed.push(await processImage(file, 'photo')); // one at a time: memory stays flat

  const stored: string[] = [];
  try {
    for (const image of processed) {
      const key = newStorageKey('listings', listing.id, image.extension);
      await storage.put(key, image.data, image.contentType);
      stored.push(key);
    }
    const rows = await db.$transaction(async (tx) => {
      await lockListing(tx, listing.id);
      const rows = await tx.listingImage.findMany({ where: { listingId: listing.id }, select: { position: true } });
      if (rows.length + processed.length > MAX_IMAGES_PER_LISTING) throw tooMany(rows.length);
      const next = rows.reduce((max, row) => Math.max(max, row.position + 1), 0);
      return Promise.all(
        processed.map((image, i) =>
          tx.listingImage.create({
            data: {
              listingId: listing.id,
              url: storage.publicUrl(stored[i]!),
              alt: input.alt?.trim().slice(0, 200) ?? '',
              position: next + i,
              width: image.width,
              height: image.height,
              storageKey: stored[i]!,
              contentType: image.contentType,
              byteSize: image.byteSize,
            },
          }),
        ),
      );
    });
    expireCatalog();
    return rows;
  } catch (error) {
    await Promise.all(stored.map((key) => deleteQuietly(storage, key)));
    throw error;
  }
}

/** Puts the photos in the given order (every photo of the listing, once); the first is primary. */
export async function reorderListingImages(db: Db, actor: MemberActor, input: ReorderImagesInput) {
  const listing = await ownListing(db, actor, input.listingId);
  if (listing.status === 'ARCHIVED') throw archived();
  await db.$transaction(async (tx) => {
    await lockListing(tx, listing.id);
    const current = await tx.listingImage.findMany({ where: { listingId: listing.id }, select: { id: true } });
    const wanted = new Set(input.imageIds);
    if (wanted.size !== input.imageIds.length || current.length !== wanted.size || current.some((image) => !wanted.has(image.id))) {
      throw new Conflict('The photos changed in the meantime. Reload the page and try again.');
    }
    await setPositions(tx, input.imageIds);
  });
  expireCatalog();
}

/** Makes a photo the primary one (position 0); the others keep their order after it. */
export async function makePrimaryImage(db: Db, actor: MemberActor, input: ImageIdInput) {
  const image = await ownImage(db, actor, input.imageId);
  await db.$transaction(async (tx) => {
    await lockListing(tx, image.listingId);
    const others = await tx.listingImage.findMany({ where: { listingId: image.listingId, id: { not: image.id } }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: { id: true } });
    await setPositions(tx, [image.id, ...others.map((other) => other.id)]);
  });
  expireCatalog();
}

/** The text read aloud by screen readers and shown when the image cannot load. */
export async function updateImageAlt(db: Db, actor: MemberActor, input: ImageAltInput) {
  const image = await ownImage(db, actor, input.imageId);
  const updated = await db.listingImage.update({ where: { id: image.id }, data: { alt: input.alt } });
  expireCatalog();
  return updated;
}

/** Deletes a photo and its stored file; the remaining photos close the gap. */
export async function deleteListingImage(db: Db, actor: MemberActor, input: ImageIdInput, storage: ImageStorage = uploadStorage()) {
  const image = await ownImage(db, actor, input.imageId);
  await db.$transaction(async (tx) => {
    await lockListing(tx, image.listingId);
    const { count } = await tx.listingImage.deleteMany({ where: { id: image.id } });
    if (count === 0) throw new NotFound('Photo not found.'); // deleted meanwhile, in another tab
    const rest = await tx.listingImage.findMany({ where: { listingId: image.listingId }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: { id: true } });
    await setPositions(tx, rest.map((row) => row.id));
  });
  expireCatalog();
  await deleteQuietly(storage, image.storageKey); // after commit: a failed delete leaves an orphan file, never a broken photo
}

async function setPositions(tx: DbOrTx, orderedIds: string[]) {
  await Promise.all(orderedIds.map((id, position) => tx.listingImage.update({ where: { id }, data: { position } })));
}
