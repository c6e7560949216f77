// The security headers every page gets (proxy.ts sets them per request). Scripts run only with the
// request's nonce ('strict-dynamic' lets Next.js's own chunks load theirs); no inline scripts in
// production. Styles keep 'unsafe-inline' (style attributes), which cannot run code.

type Env = Record<string, string | undefined>;

/** Where uploaded images come from when they live in an S3-compatible bucket (its public origin). */
function imageOrigins(env: Env): string[] {
  const bucketUrl = env.S3_PUBLIC_URL?.trim() || (env.S3_BUCKET && env.S3_ENDPOINT ? `${env.S3_ENDPOINT.trim()}/${env.S3_BUCKET.trim()}` : env.S3_BUCKET ? 'https://s3.amazonaws.com' : '');
  try {
    return bucketUrl ? [new URL(bucketUrl).origin] : [];
  } catch {
    return [];
  }
}

export function contentSecurityPolicy(nonce: string, env: Env = process.env): string {
  const development = env.NODE_ENV !== 'production';
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // React's development build evaluates code; production never does.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...imageOrigins(env)],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    // Forms post here; the payment start redirects to Stripe's hosted checkout.
    'form-action': ["'self'", 'https://checkout.stripe.com'],
    'frame-ancestors': ["'none'"],
    ...(development ? {} : { 'upgrade-insecure-requests': [] }),
  };
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

export function securityHeaders(nonce: string, env: Env = process.env): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce, env),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // "Near me" search asks for the location on this site only; nothing else is used.
    'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
    'X-Frame-Options': 'DENY',
    ...(env.NODE_ENV === 'production' ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}
