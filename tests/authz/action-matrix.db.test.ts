import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DomainError } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { buildWorld, caseName, ROLES, type ActionCase, type MatrixCase, type Role, type RouteCase, type World } from './matrix';

// Every server action and route handler of the dashboard and the operator console, called as every
// role. The session is the only thing faked (who is signed in); the actions, services and database
// are the real ones. A new action or route without a case makes the "has a case" test fail.

const signedIn = vi.hoisted(() => ({ userId: null as string | null }));

vi.mock('@/lib/auth/auth', () => ({
  auth: async () => (signedIn.userId ? { user: { id: signedIn.userId }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null),
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: {},
}));
// Outside a request Next.js has no cache to revalidate and nothing to run after the response.
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined, refresh: () => undefined }));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), after: () => undefined }));
vi.mock('next/headers', () => {
  const jar = new Map<string, string>();
  return {
    headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.9' }),
    cookies: async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      has: (name: string) => jar.has(name),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string) => void jar.delete(name),
    }),
  };
});

const ROOT = path.resolve(import.meta.dirname, '../..');
const GUARDED_DIRS = ['lib/actions/business', 'lib/actions/admin', 'app/api/dashboard', 'app/api/admin'];
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const DENIED_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];

const caseModules = import.meta.glob<{ cases: MatrixCase[] }>('./cases/*.ts', { eager: true });
const allCases = Object.values(caseModules).flatMap((m) => m.cases);
const actionCases = allCases.filter((c): c is ActionCase => 'action' in c);
const routeCases = allCases.filter((c): c is RouteCase => 'route' in c);

function filesUnder(dir: string): string[] {
  const absolute = path.join(ROOT, dir);
  try {
    statSync(absolute);
  } catch {
    return [];
  }
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .map((file) => path.join(dir, file));
}

const isServerActionModule = (file: string) => /^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/)\s*)*['"]use server['"]/.test(readFileSync(path.join(ROOT, file), 'utf8'));
const guardedFiles = [...new Set(GUARDED_DIRS.flatMap(filesUnder))];
const actionModules = guardedFiles.filter(isServerActionModule);
const routeModules = guardedFiles.filter((file) => /(^|\/)route\.ts$/.test(file));

const load = (file: string) => import(/* @vite-ignore */ path.join(ROOT, file)) as Promise<Record<string, unknown>>;

let t: TestDatabase;
let w: World;

beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url; // the actions use the app's own client
  w = await buildWorld(t.db);
});

afterAll(async () => {
  const { prisma } = await import('@/lib/db/prisma');
  await prisma.$disconnect();
});

const userOf = (role: Role) => (role === 'anonymous' ? null : w.users[role].id);

/** A digest of the rows an action could wrongly change; a refused call must leave it as it was. */
async function fingerprint(): Promise<string> {
  const tables = [
    'User', 'Vendor', 'VendorMember', 'VendorInvitation', 'Listing', 'ListingImage', 'RentalUnit', 'ListingSession',
    'StaffMember', 'StaffService', 'AvailabilityRule', 'AvailabilityException', 'StaffTimeOff', 'ExternalCalendar',
    'Booking', 'BookingEvent', 'Payment', 'AuditLog', 'ApiKey', 'WebhookEndpoint', 'CalendarFeed',
  ];
  const parts = tables.map((table) => `SELECT '${table}' AS t, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${table}" x`);
  const rows = await t.db.$queryRawUnsafe<Array<{ t: string; h: string }>>(
    `${parts.join(' UNION ALL ')} UNION ALL SELECT 'OutboxMessage', count(*)::text FROM "OutboxMessage"`,
  );
  return rows.map((row) => `${row.t}:${row.h}`).join('\n');
}

type Outcome = { kind: 'allowed' } | { kind: 'denied'; code: string } | { kind: 'other'; detail: string };

function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT')) return null;
  return digest.split(';')[2] ?? '';
}

function outcomeOfThrow(error: unknown): Outcome {
  const target = redirectTarget(error);
  if (target !== null) return target.startsWith('/signin') ? { kind: 'denied', code: 'REDIRECT_TO_SIGNIN' } : { kind: 'allowed' };
  if ((error as { digest?: unknown } | null)?.digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return { kind: 'denied', code: 'NOT_FOUND' };
  if (error instanceof DomainError && DENIED_CODES.includes(error.code)) return { kind: 'denied', code: error.code };
  return { kind: 'other', detail: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` };
}

async function callAction(c: ActionCase, role: Role): Promise<Outcome> {
  const input = await c.input(w);
  const action = (await load(c.module))[c.action] as (input: unknown) => Promise<unknown>;
  signedIn.userId = userOf(role);
  try {
    const result = (await action(input)) as { ok?: boolean; code?: string; message?: string } | undefined;
    if (result === undefined || result.ok === true) return { kind: 'allowed' };
    if (result.ok === false && DENIED_CODES.includes(result.code ?? '')) return { kind: 'denied', code: result.code! };
    return { kind: 'other', detail: `returned ${JSON.stringify(result)}` };
  } catch (error) {
    return outcomeOfThrow(error);
  } finally {
    signedIn.userId = null;
  }
}

async function callRoute(c: RouteCase, role: Role): Promise<Outcome> {
  const { request, params = {} } = await c.request(w);
  const handler = (await load(c.route))[c.method] as (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
  signedIn.userId = userOf(role);
  try {
    const response = await handler(request, { params: Promise.resolve(params) });
    if (response.status >= 200 && response.status < 300) return { kind: 'allowed' };
    if ([401, 403, 404].includes(response.status)) return { kind: 'denied', code: String(response.status) };
    return { kind: 'other', detail: `answered ${response.status} ${await response.text()}` };
  } catch (error) {
    return outcomeOfThrow(error);
  } finally {
    signedIn.userId = null;
  }
}

describe('the authorization matrix', () => {
  it('has a case for every exported server action of the dashboard and the console', async () => {
    const missing: string[] = [];
    for (const file of actionModules) {
      const exports = await load(file);
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value !== 'function') continue;
        if (!actionCases.some((c) => c.module === file && c.action === name)) missing.push(`${file}#${name}`);
      }
    }
    expect(missing, 'add a case in tests/authz/cases/ for each of these').toEqual([]);
  });

  it('has a case for every method of every dashboard and console route handler', async () => {
    const missing: string[] = [];
    for (const file of routeModules) {
      const exports = await load(file);
      for (const method of HTTP_METHODS) {
        if (typeof exports[method] === 'function' && !routeCases.some((c) => c.route === file && c.method === method)) missing.push(`${method} ${file}`);
      }
    }
    expect(missing, 'add a case in tests/authz/cases/ for each of these').toEqual([]);
  });

  it('names only actions and routes that exist', async () => {
    const unknown: string[] = [];
    for (const c of allCases) {
      const exports = await load('action' in c ? c.module : c.route);
      if (typeof exports['action' in c ? c.action : c.method] !== 'function') unknown.push(caseName(c));
    }
    expect(unknown).toEqual([]);
  });

  describe.each(allCases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => {
    it.each(ROLES.map((role) => [role, c.allow.includes(role)] as const))('as %s: allowed=%s', async (role, allowed) => {
      const call = () => ('action' in c ? callAction(c, role) : callRoute(c, role));
      if (allowed) {
        expect(await call()).toEqual({ kind: 'allowed' });
        return;
      }
      // Build the input first, then check that the refused call changed nothing.
      const before = { value: '' };
      const outcome = await ('action' in c
        ? (async () => {
            const input = await c.input(w);
            before.value = await fingerprint();
            return callAction({ ...c, input: async () => input }, role);
          })()
        : (async () => {
            const prepared = await c.request(w);
            before.value = await fingerprint();
            return callRoute({ ...c, request: async () => prepared }, role);
          })());
      expect(outcome.kind, JSON.stringify(outcome)).toBe('denied');
      expect(await fingerprint()).toBe(before.value);
    });
  });
});
