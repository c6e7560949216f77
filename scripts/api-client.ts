// Regenerates lib/api/client/types.ts (openapi-typescript) from the OpenAPI document of /api/v1:
//   npm run api:client
// A test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { clientTypesSource } from '@/lib/api/client/generate';

const target = 'lib/api/client/types.ts';
writeFileSync(target, await clientTypesSource());
console.log(`Wrote ${target}`);
