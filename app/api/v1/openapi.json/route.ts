import { openApiDocument } from '@/lib/api/openapi-document';

// The OpenAPI 3.1 document of /api/v1, for anyone (docs page, client generators).
export function GET() {
  return new Response(JSON.stringify(openApiDocument()), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
  });
}
