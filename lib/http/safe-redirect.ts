/**
 * A redirect target taken from the request (callbackUrl) only when it stays on this site: a path,
 * never another origin. "//evil.com" and "/\evil.com" are other origins to a browser.
 */
export function safeRedirect(to: unknown, fallback: string): string {
  if (typeof to !== 'string' || !to.startsWith('/') || to.includes('\\')) return fallback;
  const base = 'http://same.origin';
  try {
    const url = new URL(to, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
