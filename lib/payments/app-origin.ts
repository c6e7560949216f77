/**
 * This site's origin for provider return URLs: APP_URL when set (behind a proxy), else the host
 * the browser used (request.url may name another, e.g. localhost for 127.0.0.1).
 */
export function appOrigin(request: Request): string {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/+$/, '');
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  const protocol = request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '');
  return `${protocol}://${host}`;
}
