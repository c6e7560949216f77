import { publicRoute } from '@/lib/http/routes';
import { localStorage } from '@/lib/uploads/local-storage';
import { localUploadDir } from '@/lib/uploads/upload-storage';

// Serves images stored on the local disk (UPLOAD_DIR). Keys are validated against the one shape we
// write (no "..", no absolute paths), and each key names a file that never changes.

const CONTENT_TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' };

export const GET = publicRoute<{ key: string[] }>(async (_request, { params }) => {
  const key = params.key.join('/');
  const data = await localStorage(localUploadDir()).read(key);
  if (!data) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  return new Response(new Uint8Array(data), {
    headers: {
      'content-type': CONTENT_TYPES[key.split('.').pop()!] ?? 'application/octet-stream',
      'content-length': String(data.byteLength),
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
});
