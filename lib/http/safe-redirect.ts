/**
 * A redirect target taken from the request (callbackUrl) only when it stays on this site: a path,
 * never another origin. The decision is made on the normalised result, which is what the browser
 * follows: "//evil.com", "/\evil.com" and "/.//evil.com" (normalised to "//evil.com") all leave.
 */
export function safeRedirect(to: unknown, fallback: string): string {
  if (typeof to !== 'string' || !to.startsWith('/') || to.includes('\\')) return fallback;
  const base = 'http://same.origin';
  try {
    const url = new URL(to, base);
    const target = `${url.pathname}${url.search}${url.hash}`;
    return url.origin === base && isPlainPath(target) ? target : fallback;
  } catch {
    return fallback;
  }
}

/** One leading slash, then no second one or backslash a browser could read as a new host. */
const isPlainPath = (path: string) => path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') && new URL(path, 'http://a.example').host === 'a.example';
