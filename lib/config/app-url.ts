// The site's own absolute address (links in emails, payment return URLs, the test checkout's call
// to its own webhook route). Always from APP_URL, never from request headers: a forged Host or
// X-Forwarded-Host must not decide where a customer is sent or where the server posts.

type Env = Record<string, string | undefined>;

/** Why this environment cannot build absolute URLs, or null when it can (checked when the server starts). */
export function appUrlProblem(env: Env = process.env): string | null {
  const raw = env.APP_URL?.trim();
  if (!raw) {
    return env.NODE_ENV === 'production'
      ? 'APP_URL must be set in production: the public address of this site, e.g. APP_URL=https://book.example.com (links in emails and payment return addresses are built from it).'
      : null;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `APP_URL is not an absolute URL: "${raw}". Use e.g. APP_URL=https://book.example.com`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `APP_URL must start with https:// (or http:// locally): "${raw}".`;
  if (url.search || url.hash || url.username || url.password) return `APP_URL must be a plain address without query, fragment or credentials: "${raw}".`;
  return null;
}

/** APP_URL without a trailing slash; in development http://localhost:PORT when unset. */
export function appUrl(env: Env = process.env): string {
  const problem = appUrlProblem(env);
  if (problem) throw new Error(problem);
  const raw = env.APP_URL?.trim();
  if (!raw) return `http://localhost:${env.PORT || 3000}`;
  return raw.replace(/\/+$/, '');
}

/** An absolute URL on this site for a path. */
export function absoluteUrl(path: string, env: Env = process.env): string {
  return `${appUrl(env)}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * next-auth's own address (AUTH_URL): as set, or in production derived from APP_URL
 * (`APP_URL/api/auth`), so behind a proxy its redirects and callback URLs name the public site
 * rather than the Host the proxy forwarded. Development keeps next-auth's default (the request's
 * host, AUTH_TRUST_HOST), so opening the dev server by any address still signs in.
 */
export function authUrl(env: Env = process.env): string | undefined {
  const own = env.AUTH_URL?.trim();
  if (own) return own;
  if (env.NODE_ENV !== 'production' || !env.APP_URL?.trim() || appUrlProblem(env)) return undefined;
  return `${appUrl(env)}/api/auth`;
}
