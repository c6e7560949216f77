import { docsPage } from '@/lib/api/docs-page';
import { publicRoute } from '@/lib/http/routes';

// The API reference page (Swagger UI served from this app, works offline).
export const GET = publicRoute(async (request) => docsPage(request.headers.get('x-nonce') ?? ''));
