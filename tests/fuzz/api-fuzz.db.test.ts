import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installChangeLog, unexpectedChanges, type ChangeLog } from '../../bench/fuzz/change-log';
import { apiOperations, sampleRequests, type FuzzRequest, type FuzzWorld } from '../../bench/fuzz/inputs';
import { openApiDocument } from '@/lib/api/openapi-document';
import { signAccessToken } from '@/lib/auth/api-tokens';
import { requestBooking } from '@/lib/booking/request-booking';
import { customer, type MemberActor } from '@/lib/domain/actor';
import { keyFor } from '../api/api-client';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenVendor, guestContact } from '../support/scenario';

// The short fuzzer of CI (bench/fuzz.ts is the long one, over HTTP): generated hostile requests to
// every /api/v1 operation of the OpenAPI document, called in-process as Next.js calls the route
// handlers. Pass: no 5xx, and a refused request changes no rows.

const PER_OPERATION = Number(process.env.FUZZ_PER_OPERATION ?? 10);

let t: TestDatabase;
let log: ChangeLog;
let world: FuzzWorld;

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
/** The route module of an operation: /bookings/{id}/cancel → app/api/v1/bookings/[id]/cancel/route.ts */
async function handlerFor(request: FuzzRequest): Promise<Handler> {
  const template = request.target.split(' ')[1]!.replace(/^\/api\/v1/, '');
  const file = path.resolve('app/api/v1', `.${template.replace(/\{(\w+)\}/g, '[$1]')}`, 'route.ts');
  const routeModule = (await import(file)) as Record<string, Handler>;
  return routeModule[request.method]!;
}

beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.AUTH_SECRET ??= 'test-secret-for-api-tokens-0123456789';
  process.env.API_RATE_LIMIT_ANONYMOUS = '1000000';
  process.env.API_RATE_LIMIT = '1000000';
  const a = givenVendor(t.db);
  const rental = await a.withRental({ units: 2, pricingUnit: 'HOUR' });
  const tour = await a.withSession({ startAt: new Date(Date.now() + 10 * 86_400_000) });
  const b = await givenVendor(t.db).withRental({ units: 1 });
  const person = await t.db.user.create({ data: { email: `fuzz-${randomUUID()}@example.com`, name: 'Fuzz Customer' } });
  const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 5 * 86_400_000);
  const mine = await requestBooking(t.db, { listingId: rental.listing.id, startAt: start, endAt: new Date(start.getTime() + 7_200_000) }, customer(person.id));
  const theirs = await requestBooking(t.db, { listingId: b.listing.id, startAt: start, endAt: new Date(start.getTime() + 7_200_000), contact: guestContact }, { kind: 'guest' });
  world = {
    ownIds: [rental.listing.id, tour.listing.id, tour.session.id, mine.id, ...rental.units.map((u) => u.id)],
    otherIds: [b.listing.id, theirs.id, ...b.units.map((u) => u.id)],
    slugs: [rental.vendor.slug, b.vendor.slug, rental.listing.slug],
    credentials: {
      anonymous: null,
      customer: await signAccessToken(person.id),
      keyA: await keyFor(t.db, rental.actor as MemberActor),
      keyB: await keyFor(t.db, b.actor as MemberActor),
      garbage: 'bk_live_notarealkeyatall000000000000',
    },
  };
  log = await installChangeLog(t.url);
});
afterAll(() => log?.close());

describe('fuzzing /api/v1 (short run)', () => {
  it(`answers every generated request without a 5xx, and refusals change no rows (${PER_OPERATION} per operation)`, { timeout: 120_000 }, async () => {
    const operations = apiOperations(openApiDocument() as never, world);
    expect(operations.length).toBeGreaterThan(30);
    const requests = sampleRequests(operations, operations.length * PER_OPERATION, 20261203);
    const failures: string[] = [];
    for (const request of requests) {
      const handler = await handlerFor(request);
      const before = await log.mark();
      const response = await handler(new Request(`http://localhost${request.path}`, { method: request.method, headers: request.headers, body: request.body }), {
        params: Promise.resolve(request.params ?? {}),
      });
      await response.arrayBuffer();
      const changed = response.status >= 400 ? unexpectedChanges(await log.since(before)) : {};
      if (response.status >= 500 || Object.keys(changed).length > 0) {
        failures.push(`${response.status} ${request.method} ${request.path.slice(0, 200)} ${JSON.stringify(changed)} body=${(request.body ?? '').slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
