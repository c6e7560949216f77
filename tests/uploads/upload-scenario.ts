import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '@/lib/db/prisma';
import type { ImageStorage } from '@/lib/uploads/storage';
import { localStorage } from '@/lib/uploads/local-storage';
import { givenListing, givenBusiness } from '../business/business-scenario';

/** A local-disk storage in a fresh temporary folder, with a way to list what it holds. */
export async function givenStorage() {
  const root = await mkdtemp(path.join(tmpdir(), 'uploads-'));
  const storage = localStorage(root);
  const files = async () => (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();
  return { root, storage, files };
}

/** Vendor A (owner, staff) with a draft rental listing, and vendor B's owner. */
export async function givenVendorsWithListing(db: Db) {
  const a = await givenBusiness(db);
  const b = await givenBusiness(db);
  const listing = await givenListing(db, a.owner, 'RENTAL');
  return { vendorA: a.vendor, ownerA: a.owner, staffA: a.staff, vendorB: b.vendor, ownerB: b.owner, listing };
}

export const imagesOf = (db: Db, listingId: string) => db.listingImage.findMany({ where: { listingId }, orderBy: { position: 'asc' } });

/** A storage whose every call fails, to check that nothing is left behind. */
export function brokenStorage(inner: ImageStorage, fail: 'put' | 'delete'): ImageStorage {
  return { ...inner, [fail]: async () => Promise.reject(new Error(`storage ${fail} is down`)) };
}
