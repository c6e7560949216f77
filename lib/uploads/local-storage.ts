import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { STORAGE_KEY, type ImageStorage } from './storage';

// Local disk: files under UPLOAD_DIR, served by app/uploads/[...key]/route.ts. Not under public/,
// because Next.js only serves the files that were in public/ at build time.

export const LOCAL_URL_PREFIX = '/uploads/';

export function localStorage(root: string): ImageStorage & { read(key: string): Promise<Buffer | null> } {
  const base = path.resolve(root);
  /** The file of a key; keys are validated, and the resolved path must stay inside the folder. */
  const fileOf = (key: string) => {
    const file = path.resolve(base, key);
    if (!STORAGE_KEY.test(key) || !file.startsWith(base + path.sep)) return null;
    return file;
  };
  return {
    async put(key, data) {
      const file = fileOf(key);
      if (!file) throw new Error(`Invalid storage key: ${key}`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data, { flag: 'wx' }); // keys are unique: never overwrite
    },
    async delete(key) {
      const file = fileOf(key);
      if (file) await rm(file, { force: true });
    },
    publicUrl: (key) => `${LOCAL_URL_PREFIX}${key}`,
    keyFromUrl(url) {
      if (!url.startsWith(LOCAL_URL_PREFIX)) return null;
      const key = url.slice(LOCAL_URL_PREFIX.length);
      return STORAGE_KEY.test(key) ? key : null;
    },
    async read(key) {
      const file = fileOf(key);
      if (!file) return null;
      try {
        return await readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
