import sharp from 'sharp';
import { ValidationFailed } from '@/lib/errors';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL, detectImageType } from './image-type';

// Every accepted image is decoded and re-encoded: that proves it is an image, turns it upright
// from its EXIF orientation, drops its metadata (GPS position, camera serials) and makes it small.

export type ImagePurpose = 'photo' | 'logo' | 'portrait';
export type UploadedFile = { name: string; bytes: Uint8Array };
export type ProcessedImage = { data: Buffer; contentType: 'image/webp'; extension: 'webp'; width: number; height: number; byteSize: number };

const BOX: Record<ImagePurpose, number> = { photo: 1600, logo: 512, portrait: 512 };
/** Decompression-bomb guard: a 5 MB file can still claim 60 000 × 60 000 pixels. */
export const MAX_INPUT_PIXELS = 40_000_000;

const label = (name: string) => `"${(name || 'The file').slice(0, 120)}"`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Rejects what is too big or not a JPEG, PNG or WebP by its content, before any decoding. */
export function checkUpload(file: UploadedFile): void {
  if (file.bytes.byteLength === 0) throw rejected(`${label(file.name)} is empty.`);
  if (file.bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw rejected(`${label(file.name)} is too large (${megabytes(file.bytes.byteLength)}). Each image can be at most ${MAX_UPLOAD_LABEL}.`);
  }
  if (!detectImageType(file.bytes)) throw rejected(`${label(file.name)} is not a JPEG, PNG or WebP image.`);
}

/** Checks, decodes and re-encodes one upload as WebP that fits the purpose's box (never enlarged). */
export async function processImage(file: UploadedFile, purpose: ImagePurpose): Promise<ProcessedImage> {
  checkUpload(file);
  const box = BOX[purpose];
  try {
    const { data, info } = await sharp(file.bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated' })
      .rotate() // upright from the EXIF orientation; metadata is not copied to the output
      .resize({ width: box, height: box, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: purpose === 'photo' ? 82 : 90 })
      .toBuffer({ resolveWithObject: true });
    return { data, contentType: 'image/webp', extension: 'webp', width: info.width, height: info.height, byteSize: data.byteLength };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw rejected(`${label(file.name)} has too many pixels. Use an image under ${MAX_INPUT_PIXELS / 1_000_000} megapixels.`);
    }
    throw rejected(`${label(file.name)} could not be read as an image; it may be damaged or incomplete.`);
  }
}

function rejected(message: string) {
  return new ValidationFailed(message, { file: [message] });
}
