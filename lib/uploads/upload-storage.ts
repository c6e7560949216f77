import { localStorage } from './local-storage';
import { s3ConfigFromEnv, s3Storage, type Env } from './s3-storage';
import type { ImageStorage } from './storage';

/** S3-compatible storage when S3_BUCKET is set, the local disk (UPLOAD_DIR) otherwise. */
export function uploadStorage(env: Env = process.env): ImageStorage {
  const s3 = s3ConfigFromEnv(env);
  return s3 ? s3Storage(s3) : localStorage(localUploadDir(env));
}

export const localUploadDir = (env: Env = process.env) => env.UPLOAD_DIR || '.data/uploads';
