import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { errorsOf, problemExample } from './openapi';
import { openApiDocument } from './openapi-document';
import { OPERATIONS } from './operations';
import { Problem } from './schemas';

// The published OpenAPI document: valid for @readme/openapi-parser and `redocly lint` (zero
// problems), in step with the route files under app/api/v1, and every example it shows passes
// the very schemas the API validates with.

const ROOT = path.resolve(import.meta.dirname, '../..');
const V1 = path.join(ROOT, 'app/api/v1');
const NOT_OPERATIONS = ['/openapi.json']; // the document itself

async function routeFiles(): Promise<string[]> {
  const entries = await readdir(V1, { recursive: true, encoding: 'utf8' });
  return entries.filter((file) => file.endsWith('route.ts')).map((file) => path.join(V1, file));
}

/** app/api/v1/bookings/[id]/cancel/route.ts → POST /bookings/{id}/cancel, for each exported method. */
async function routesOnDisk(): Promise<string[]> {
  const routes: string[] = [];
  for (const file of await routeFiles()) {
    const route = `/${path.relative(V1, path.dirname(file)).split(path.sep).join('/')}`.replace(/\[(\w+)\]/g, '{$1}');
    if (NOT_OPERATIONS.includes(route)) continue;
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(/export const (GET|POST|PATCH|PUT|DELETE)\b/g)) routes.push(`${match[1]} ${route}`);
  }
  return routes.sort();
}

describe('the OpenAPI document', () => {
  const document = openApiDocument();

  it('is OpenAPI 3.1 and valid for @readme/openapi-parser', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('passes `redocly lint` (recommended rules) with no errors and no warnings', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'openapi-'));
    const file = path.join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const { stdout } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/redocly'), ['lint', file, '--format=json'], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
    }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { totals: { errors: number; warnings: number }; problems: Array<{ message: string; location: unknown }> };
    expect(report.problems.map((p) => p.message)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('lists exactly the operations of the route files under app/api/v1', async () => {
    const documented = Object.entries(document.paths ?? {})
      .flatMap(([route, item]) => Object.keys(item as object).map((method) => `${method.toUpperCase()} ${route}`))
      .sort();
    expect(documented).toEqual(await routesOnDisk());
    expect(OPERATIONS.map((op) => `${op.method} ${op.path}`).sort()).toEqual(documented);
  });

  it('every route file goes through apiRoute (or is the document)', async () => {
    for (const file of await routeFiles()) {
      const source = await readFile(file, 'utf8');
      if (file.includes('openapi.json')) continue;
      expect(source, file).toMatch(/apiRoute\(/);
    }
  });

  it('has a unique operationId, a summary, a security requirement and a tag per operation', () => {
    const ids = OPERATIONS.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of OPERATIONS) expect(op.summary.length, op.operationId).toBeGreaterThan(3);
  });

  it('every example is accepted by the schema the API validates with', () => {
    for (const op of OPERATIONS) {
      const answer = op.response.schema.safeParse(op.response.example);
      expect(answer.success, `${op.operationId} response example: ${answer.error?.message}`).toBe(true);
      if (op.body) {
        const body = op.body.safeParse(op.bodyExample);
        expect(body.success, `${op.operationId} body example: ${body.error?.message}`).toBe(true);
      }
      for (const code of errorsOf(op)) expect(Problem.safeParse(problemExample(code)).success, `${op.operationId} ${code}`).toBe(true);
    }
  });

  it('documents an example for every error code an operation may answer', () => {
    for (const op of OPERATIONS) {
      const responses = (document.paths?.[op.path] as Record<string, { responses: Record<string, { content?: Record<string, { examples?: Record<string, unknown> }> }> }>)[op.method.toLowerCase()]!.responses;
      const documented = Object.values(responses).flatMap((r) => Object.keys(r.content?.['application/problem+json']?.examples ?? {}));
      expect(documented.sort(), op.operationId).toEqual(errorsOf(op).sort());
    }
  });
});
