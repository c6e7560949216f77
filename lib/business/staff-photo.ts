import 'server-only';
// A staff member's photo, shown with their bio where customers choose whom to book. Any member of
// the business may set it (as they edit the rest of a staff profile); another business's staff
// member reads as not found.
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { ownStaffMember } from './ownership';
import { processImage, type UploadedFile } from '../uploads/process-image';
import { deleteQuietly, newStorageKey, type ImageStorage } from '../uploads/storage';
import { uploadStorage } from '../uploads/upload-storage';
import { CATALOG_TAGS, expireCatalog } from '@/lib/catalog/cache-tags';

/** Replaces the photo; the previous stored file is deleted once the new one is saved. */
export async function setStaffPhoto(db: Db, actor: MemberActor, input: { staffId: string; file: UploadedFile }, storage: ImageStorage = uploadStorage()) {
  await ownStaffMember(db, actor, input.staffId);
  const image = await processImage(input.file, 'portrait');
  const key = newStorageKey('staff', input.staffId, image.extension);
  await storage.put(key, image.data, image.contentType);
  try {
    const previous = await db.$transaction(async (tx) => {
      // The row lock makes two uploads at once replace each other in turn: no file is orphaned.
      const [row] = await tx.$queryRaw<Array<{ photoUrl: string | null }>>`SELECT "photoUrl" FROM "StaffMember" WHERE id = ${input.staffId}::uuid FOR UPDATE`;
      await tx.staffMember.update({ where: { id: input.staffId }, data: { photoUrl: storage.publicUrl(key) } });
      return row?.photoUrl ?? null;
    });
    expireCatalog([CATALOG_TAGS.listings]);
    await deleteQuietly(storage, previous ? storage.keyFromUrl(previous) : null);
    return { photoUrl: storage.publicUrl(key) };
  } catch (error) {
    await deleteQuietly(storage, key);
    throw error;
  }
}

/** Removes the photo (customers see the name's initial again). */
export async function removeStaffPhoto(db: Db, actor: MemberActor, input: { staffId: string }, storage: ImageStorage = uploadStorage()) {
  const staff = await ownStaffMember(db, actor, input.staffId);
  await db.staffMember.update({ where: { id: staff.id }, data: { photoUrl: null } });
  expireCatalog([CATALOG_TAGS.listings]);
  await deleteQuietly(storage, staff.photoUrl ? storage.keyFromUrl(staff.photoUrl) : null);
}
