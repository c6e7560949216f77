import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { GET as listingRoute } from '@/app/api/v1/listings/[id]/route';
import { GET as listingsRoute } from '@/app/api/v1/listings/route';
import { POST as bookRoute } from '@/app/api/v1/bookings/route';
import { POST as quoteRoute } from '@/app/api/v1/quotes/route';
import { GET as vendorRoute } from '@/app/api/v1/vendors/[slug]/route';
import { storefront } from '@/lib/catalog/queries';
import { createPrismaClient, prisma, type Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { call, hoursFromNow, idempotent, keyFor } from '../api/api-client';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { TEMPLATE_DATABASE, adminClient } from '../support/pg-admin';
import { givenVendor, guestContact } from '../support/scenario';

// With DATABASE_REPLICA_URL set, catalog and storefront reads go to the replica and every booking
// step to the primary. The "replica" here is a second database on the same server that holds
// different rows (a replica that lags far behind), so where each read went shows in what it finds;
// each connection string names itself (application_name), so pg_stat_activity shows it too.

let t: TestDatabase;
let replicaName: string;
let replica: Db;
const url = (base: string, app: string) => {
  const u = new URL(base);
  u.searchParams.set('application_name', app);
  return u.toString();
};

beforeAll(async () => {
  t = await useTestDatabase();
  const adminUrl = inject('databaseAdminUrl');
  replicaName = `booking_replica_${randomBytes(6).toString('hex')}`;
  const admin = await adminClient(adminUrl);
  await admin.query(`CREATE DATABASE ${replicaName} TEMPLATE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const replicaUrl = new URL(adminUrl);
  replicaUrl.pathname = `/${replicaName}`;
  replica = createPrismaClient(replicaUrl.toString(), { max: 2 });
  process.env.DATABASE_URL = url(t.url, 'bookwell-primary');
  process.env.DATABASE_REPLICA_URL = url(replicaUrl.toString(), 'bookwell-replica');
  process.env.AUTH_SECRET ??= 'test-secret-for-api-tokens-0123456789';
});

afterAll(async () => {
  await replica.$disconnect();
  await prisma.$disconnect();
  const admin = await adminClient(inject('databaseAdminUrl'));
  await admin.query(`DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
  await admin.end();
});

describe('DATABASE_REPLICA_URL', () => {
  it('sends catalog and storefront reads to the replica, and every booking step to the primary', async () => {
    // Only on the primary: a business, its kayak and its API key (booking just happened there).
    const onPrimary = await givenVendor(t.db).withRental({ units: 1, title: 'Primary kayak' });
    const key = await keyFor(t.db, onPrimary.actor as MemberActor);
    // Only on the replica: another business (as if the primary had since deleted it).
    const onReplica = await givenVendor(replica).withRental({ units: 1, title: 'Replica canoe' });

    // Catalog reads (web read models and /api/v1) find the replica's rows, not the primary's.
    expect((await storefront(onReplica.vendor.slug))?.name).toBe(onReplica.vendor.name);
    expect(await storefront(onPrimary.vendor.slug)).toBeNull();
    expect((await call(vendorRoute, { path: `/vendors/${onReplica.vendor.slug}`, params: { slug: onReplica.vendor.slug } })).status).toBe(200);
    expect((await call(listingRoute, { path: `/listings/${onPrimary.listing.id}`, params: { id: onPrimary.listing.id } })).status).toBe(404);
    const search = await call(listingsRoute, { path: '/listings?q=kayak' });
    expect(search.body.data.map((l: { title: string }) => l.title)).not.toContain('Primary kayak');

    // Booking steps (the key, the quote, the booking and its re-read) find the primary's.
    const body = { listing_id: onPrimary.listing.id, start_at: hoursFromNow(48), end_at: hoursFromNow(50), contact: guestContact };
    const quote = await call(quoteRoute, { method: 'POST', path: '/quotes', token: key, body });
    expect(quote.status, JSON.stringify(quote.body)).toBe(200);
    const booked = await call(bookRoute, { method: 'POST', path: '/bookings', token: key, body, headers: idempotent() });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    expect(await t.db.booking.count({ where: { listingId: onPrimary.listing.id } })).toBe(1);
    expect(await replica.booking.count()).toBe(0);

    // Each client's connections are where their names say.
    const connections = await t.db.$queryRaw<Array<{ application_name: string; datname: string }>>`
      SELECT DISTINCT application_name, datname FROM pg_stat_activity WHERE application_name LIKE 'bookwell-%' ORDER BY 1`;
    expect(connections).toEqual([
      { application_name: 'bookwell-primary', datname: new URL(t.url).pathname.slice(1) },
      { application_name: 'bookwell-replica', datname: replicaName },
    ]);
  }, 90_000); // three cold clients and a dozen route calls: slow on a busy machine
});
