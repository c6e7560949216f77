import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { PayloadTooLarge, ValidationFailed } from '@/lib/errors';
import { readBodyBytes } from '@/lib/http/read-body';
import { consumeRateLimit } from '@/lib/rate-limit';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from './image-type';
import type { UploadedFile } from './process-image';

// The edge of an upload route: bounded reading of a multipart body, before anything is parsed.

/** Room for the multipart boundaries and text fields around the files. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

/** Uploads per member per 10 minutes, counted before the body is read. */
export async function limitUploads(db: Db, userId: string) {
  await consumeRateLimit(db, `uploads:${userId}`, { limit: 60, windowSeconds: 600 });
}

/**
 * Reads a multipart/form-data body of at most `maxFiles` images. A declared Content-Length over the
 * limit is refused before reading; a body without one is counted while read and cut off.
 */
export async function readUploadForm(request: Request, maxFiles: number): Promise<FormData> {
  const maxBytes = maxFiles * MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES;
  const tooLarge = () => new PayloadTooLarge(`This upload is too large. Each image can be at most ${MAX_UPLOAD_LABEL}${maxFiles > 1 ? `, and at most ${maxFiles} at a time` : ''}.`);
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.startsWith('multipart/form-data')) throw new ValidationFailed('Send the images as multipart/form-data.');
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) throw new ValidationFailed('Choose at least one image.');

  const bytes = await readBodyBytes(request, maxBytes, tooLarge);
  try {
    return await new Response(new Blob([bytes as BlobPart]), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new ValidationFailed('The upload could not be read. Please try again.');
  }
}

/** The files of a form field, as name and bytes; text values in the field are ignored. */
export async function filesOf(form: FormData, field: string): Promise<UploadedFile[]> {
  const files = form.getAll(field).filter((value): value is File => typeof value !== 'string');
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}
