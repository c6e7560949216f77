import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientTypesSource } from './generate';

// The committed client types are what openapi-typescript makes of today's document.
describe('the generated API client types', () => {
  it('are up to date with the OpenAPI document (run `npm run api:client` when this fails)', async () => {
    const committed = await readFile(path.join(import.meta.dirname, 'types.ts'), 'utf8');
    expect(committed === (await clientTypesSource()), 'lib/api/client/types.ts is stale: run `npm run api:client`').toBe(true);
  });
});
