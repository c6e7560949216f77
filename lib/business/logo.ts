import 'server-only';
// The business's logo: one image, owner only, shown on the storefront header.
import type { Db } from '@/lib/db/prisma';
import { requireOwner } from '@/lib/business/ownership';
import type { MemberActor } from '@/lib/domain/actor';
import { processImage, type UploadedFile } from '../uploads/process-image';
import { deleteQuietly, newStorageKey, type ImageStorage } from '../uploads/storage';
import { uploadStorage } from '../uploads/upload-storage';
import { expireCatalog } from '@/lib/catalog/cache-tags';

/** Replaces the logo; the previous stored logo is deleted once the new one is saved. */
export async function setVendorLogo(db: Db, actor: MemberActor, input: { file: UploadedFile }, storage: ImageStorage = uploadStorage()) {
  requireOwner(actor, 'change the logo');
  const image = await processImage(input.file, 'logo');
  const key = newStorageKey('vendors', actor.vendorId, image.extension);
  await storage.put(key, image.data, image.contentType);
  try {
    const previous = await db.$transaction(async (tx) => {
      // The row lock makes two uploads at once replace each other in turn: no logo file is orphaned.
      const [row] = await tx.$queryRaw<Array<{ logoUrl: string | null }>>`SELECT "logoUrl" FROM "Vendor" WHERE id = ${actor.vendorId}::uuid FOR UPDATE`;
      await tx.vendor.update({ where: { id: actor.vendorId }, data: { logoUrl: storage.publicUrl(key) } });
      return row?.logoUrl ?? null;
    });
    expireCatalog();
    await deleteQuietly(storage, previous ? storage.keyFromUrl(previous) : null);
    return { logoUrl: storage.publicUrl(key) };
  } catch (error) {
    await deleteQuietly(storage, key);
    throw error;
  }
}

/** Removes the logo (the storefront shows the name alone again). */
export async function removeVendorLogo(db: Db, actor: MemberActor, storage: ImageStorage = uploadStorage()) {
  requireOwner(actor, 'change the logo');
  const previous = await db.vendor.findUniqueOrThrow({ where: { id: actor.vendorId }, select: { logoUrl: true } });
  await db.vendor.update({ where: { id: actor.vendorId }, data: { logoUrl: null } });
  expireCatalog();
  await deleteQuietly(storage, previous.logoUrl ? storage.keyFromUrl(previous.logoUrl) : null);
}
