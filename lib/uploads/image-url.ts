/**
 * Next.js optimizes the images it serves itself (public/ and /uploads on the local disk). Bucket
 * URLs are shown as they are (already resized WebP), so no remote host needs configuring; SVGs too.
 */
export const showAsIs = (url: string) => url.endsWith('.svg') || !url.startsWith('/');
