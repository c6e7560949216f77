import 'server-only';
import { randomUUID } from 'node:crypto';
import { logger } from '@/lib/observability/logger';

/** Where stored images live. Keys are unique per upload, so a stored object never changes. */
export interface ImageStorage {
  put(key: string, data: Uint8Array, contentType: string): Promise<void>;
  /** Removes the object; a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** The URL pages use to show the object. */
  publicUrl(key: string): string;
  /** The key of a URL this storage handed out, or null for any other URL (seeded images, old hosts). */
  keyFromUrl(url: string): string | null;
}

/** Keys are a folder per owner and a random file name: `listings/<id>/<uuid>.webp`. */
export const STORAGE_KEY = /^(listings|vendors|staff)\/[0-9a-f-]{36}\/[0-9a-f-]{36}\.(webp|jpg|png)$/;

export function newStorageKey(folder: 'listings' | 'vendors' | 'staff', ownerId: string, extension: string): string {
  return `${folder}/${ownerId}/${randomUUID()}.${extension}`;
}

/** Deletes without failing the caller: an orphaned object is harmless, a lost database write is not. */
export async function deleteQuietly(storage: ImageStorage, key: string | null | undefined): Promise<void> {
  if (!key) return;
  try {
    await storage.delete(key);
  } catch (error) {
    logger.error({ err: error, key }, 'Could not delete a stored image');
  }
}
