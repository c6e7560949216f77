import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/cron/expire-holds/route';
import { requestBooking } from '@/lib/booking/request-booking';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenVendor, guestContact, hoursAfter } from '../support/scenario';

// The route handler itself, called as Next.js calls it, against a real database.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url; // the app's prisma client connects lazily, on first use
  process.env.CRON_SECRET = 'test-cron-secret';
});

const call = (authorization?: string) =>
  GET(new Request('http://localhost/api/cron/expire-holds', { headers: authorization ? { authorization } : {} }));

describe('GET /api/cron/expire-holds', () => {
  it('refuses callers without the CRON_SECRET bearer token', async () => {
    for (const header of [undefined, 'Bearer wrong', 'test-cron-secret', 'Bearer test-cron-secret-and-more']) {
      const response = await call(header);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('expires lapsed holds and says how many; a second call finds none', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 2, paymentMode: 'ONLINE_FULL' });
    const longAgo = new Date(Date.now() - 2 * 3_600_000);
    const startAt = hoursAfter(new Date(), 72);
    for (let i = 0; i < 2; i += 1) {
      await requestBooking(t.db, { listingId: listing.id, startAt, endAt: hoursAfter(startAt, 1), contact: guestContact }, { kind: 'guest' }, { now: longAgo });
    }
    const first = await call('Bearer test-cron-secret');
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ expired: 2 });
    expect(await (await call('Bearer test-cron-secret')).json()).toMatchObject({ expired: 0 });
    expect(await t.db.booking.count({ where: { listingId: listing.id, status: 'EXPIRED' } })).toBe(2);
  });

  it('drops rate-limit buckets untouched for a day, and keeps the live ones', async () => {
    const now = Date.now();
    await t.db.rateLimitBucket.createMany({
      data: [
        { key: 'signin:ip:203.0.113.9', windowStart: new Date(now - 25 * 3_600_000), count: 3 },
        { key: 'signin:ip:203.0.113.10', windowStart: new Date(now - 5 * 60_000), count: 1 },
      ],
    });
    expect(await (await call('Bearer test-cron-secret')).json()).toMatchObject({ purgedRateLimits: 1 });
    expect((await t.db.rateLimitBucket.findMany({ select: { key: true } })).map((b) => b.key)).toEqual(['signin:ip:203.0.113.10']);
  });
});
