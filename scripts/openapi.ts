// Writes the OpenAPI document of /api/v1 (default: openapi.json in the repository root, or the
// path given), e.g. for redocly or openapi-typescript:  npm run api:openapi -- /tmp/openapi.json
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '@/lib/api/openapi-document';

const target = process.argv[2] ?? 'openapi.json';
writeFileSync(target, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`Wrote ${target}`);
