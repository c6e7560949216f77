import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '../openapi';
import { OPERATIONS } from '../operations';

const HEADER = `// Generated from the OpenAPI document of /api/v1 by openapi-typescript: do not edit.
// Regenerate with \`npm run api:client\` (a test fails when this file is stale).
`;

/**
 * The TypeScript types of the API (paths, components) as openapi-typescript writes them. A field
 * with a default is optional to send (`defaultNonNullable: false`), as the document says.
 */
export async function clientTypesSource(): Promise<string> {
  const ast = await openapiTS(structuredClone(buildOpenApiDocument(OPERATIONS)) as never, { alphabetize: true, defaultNonNullable: false });
  return HEADER + astToString(ast);
}
