import 'server-only';
import { buildOpenApiDocument } from './openapi';
import { OPERATIONS } from './operations';

let cached: ReturnType<typeof buildOpenApiDocument> | null = null;

/** The published document (built once per process). */
export function openApiDocument() {
  cached ??= buildOpenApiDocument(OPERATIONS);
  return cached;
}
