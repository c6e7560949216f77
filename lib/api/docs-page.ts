import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// The API reference at /docs/api: Swagger UI from the swagger-ui-dist package, served by this app
// (no CDN, works offline), reading /api/v1/openapi.json. Scripts carry the page's CSP nonce.

const ASSETS = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
} as const;

export async function docsAsset(file: string): Promise<Response> {
  if (!Object.hasOwn(ASSETS, file)) return new Response('Not found', { status: 404 });
  const bytes = await readFile(path.join(process.cwd(), 'node_modules/swagger-ui-dist', file));
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': ASSETS[file as keyof typeof ASSETS], 'Cache-Control': 'public, max-age=86400', 'X-Content-Type-Options': 'nosniff' },
  });
}

const escapeAttribute = (value: string) => value.replace(/[^A-Za-z0-9+/=_-]/g, '');

export function docsPage(nonce: string): Response {
  const n = escapeAttribute(nonce);
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bookwell API reference</title>
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/docs/api/assets/swagger-ui.css">
</head>
<body>
<header style="font-family:system-ui,sans-serif;padding:12px 20px;border-bottom:1px solid #e2e8f0"><a href="/" style="color:#0f172a;font-weight:600;text-decoration:none">Bookwell</a> · API reference · <a href="/api/v1/openapi.json">openapi.json</a></header>
<main id="api-reference"></main>
<script nonce="${n}" src="/docs/api/assets/swagger-ui-bundle.js"></script>
<script nonce="${n}" src="/docs/api/assets/init.js"></script>
</body>
</html>`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** Starts Swagger UI (a file, not an inline script, so the CSP needs no exception). */
export function docsInitScript(): Response {
  const script = `window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#api-reference', deepLinking: true, tryItOutEnabled: false });\n`;
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
}
