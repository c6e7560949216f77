import { NextResponse, type NextRequest } from 'next/server';
import { isPublicCatalogPage, PUBLIC_PAGE_CACHE_CONTROL } from '@/lib/http/page-cache-control';
import { securityHeaders } from '@/lib/http/security-headers';
import { REQUEST_ID_HEADER, requestIdOf } from '@/lib/observability/request-id';

// Every page gets a fresh CSP nonce and the security headers. Next.js reads the nonce from the
// request's Content-Security-Policy header and puts it on its own scripts. Each request gets an
// id (X-Request-Id, kept when a load balancer set one) that server actions log and the answer names.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const headers = securityHeaders(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']!);
  const requestId = requestIdOf(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  // Next.js keeps a Cache-Control set here; public pages can then enter the back/forward cache.
  if (request.method === 'GET' && isPublicCatalogPage(request.nextUrl.pathname)) response.headers.set('Cache-Control', PUBLIC_PAGE_CACHE_CONTROL);
  return response;
}

export const config = {
  // Pages only: not static files, images, uploads (they carry their own policy) or JSON routes.
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|uploads/|icon.svg|favicon.ico|images/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
