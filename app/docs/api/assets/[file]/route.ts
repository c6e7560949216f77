import { docsAsset, docsInitScript } from '@/lib/api/docs-page';
import { publicRoute } from '@/lib/http/routes';

// Swagger UI's files, from the swagger-ui-dist package.
export const GET = publicRoute<{ file: string }>(async (_request, { params }) => (params.file === 'init.js' ? docsInitScript() : docsAsset(params.file)));
