import 'server-only';
import { PayloadTooLarge, ValidationFailed } from '@/lib/errors';

// Request bodies are read with a ceiling: a declared Content-Length over it is refused before
// reading, and a body without one is counted while it streams in and cut off at the ceiling.

const tooLargeFor = (maxBytes: number) => () => new PayloadTooLarge(`The request is too large (at most ${Math.round(maxBytes / 1024)} KB).`);

export async function readBodyBytes(request: Request, maxBytes: number, tooLarge: () => Error = tooLargeFor(maxBytes)): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body as UTF-8 text, at most `maxBytes`. */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, maxBytes));
}

/** A small urlencoded or multipart form (a few fields, no files), at most `maxBytes`. */
export async function readSmallForm(request: Request, maxBytes = 16 * 1024): Promise<FormData> {
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return await new Response(new Blob([bytes as BlobPart]), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw new ValidationFailed('The form could not be read. Please try again.');
  }
}
