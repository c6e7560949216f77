import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/cron/outbox/route';
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

const call = (authorization?: string) => GET(new Request('http://localhost/api/cron/outbox', { headers: authorization ? { authorization } : {} }));

describe('GET /api/cron/outbox', () => {
  it('refuses callers without the CRON_SECRET bearer token', async () => {
    for (const header of [undefined, 'Bearer wrong', 'test-cron-secret']) {
      const response = await call(header);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('delivers pending messages and says how many; a second call finds none', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 2 });
    const startAt = hoursAfter(new Date(), 72);
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt, endAt: hoursAfter(startAt, 1), contact: guestContact }, { kind: 'guest' });

    const first = await call('Bearer test-cron-secret');
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ claimed: 1, done: 1, retrying: 0, failed: 0, deliveries: { claimed: 3, sent: 3, retrying: 0, dead: 0 }, webhooks: { claimed: 0, succeeded: 0, retrying: 0, failed: 0 } }); // the guest's email, the owner's notification and email; no webhook endpoint
    expect(await (await call('Bearer test-cron-secret')).json()).toMatchObject({ claimed: 0, deliveries: { claimed: 0 } });
    expect(await t.db.emailMessage.count({ where: { bookingId: booking.id, to: booking.contactEmail } })).toBe(1);
  });
});
