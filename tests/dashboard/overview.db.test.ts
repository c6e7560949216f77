import { beforeAll, describe, expect, it } from 'vitest';
import { markPaid } from '@/lib/booking/payment-steps';
import { requestBooking } from '@/lib/booking/request-booking';
import { checkIn } from '@/lib/booking/visit-steps';
import { vendorOverview } from '@/lib/business/overview';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenVendor, guestContact, hoursAfter, minutesAfter } from '../support/scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

describe('vendor overview', () => {
  it("counts today's check-ins and check-outs, open requests, holds ending soon and this month's revenue", async () => {
    const now = new Date('2031-03-12T09:00:00Z'); // 09:00 in London
    const given = givenVendor(t.db);
    const paid = await given.withRental({ units: 4, paymentMode: 'ONLINE_FULL', leadTimeMinutes: 0 });
    const requested = await given.withRental({ units: 1, bookingMode: 'REQUEST' });
    const guest = { kind: 'guest' } as const;
    const today = { startAt: hoursAfter(now, 3), endAt: hoursAfter(now, 5) };

    const arriving = await requestBooking(t.db, { listingId: paid.listing.id, ...today, contact: guestContact }, guest, { now });
    await markPaid(t.db, arriving.id, { amount: arriving.depositAmount, provider: 'TEST', providerRef: 'pi_1' }, now);
    const leaving = await requestBooking(t.db, { listingId: paid.listing.id, ...today, contact: guestContact }, guest, { now });
    await markPaid(t.db, leaving.id, { amount: leaving.depositAmount, provider: 'TEST', providerRef: 'pi_2' }, now);
    await checkIn(t.db, leaving.id, paid.actor, hoursAfter(now, 3));
    await requestBooking(t.db, { listingId: paid.listing.id, ...today, contact: guestContact }, guest, { now: minutesAfter(now, -10) }); // unpaid, hold ends in 20 min
    await requestBooking(t.db, { listingId: requested.listing.id, startAt: hoursAfter(now, 48), endAt: hoursAfter(now, 50), contact: guestContact }, guest, { now });

    await t.db.payment.updateMany({ where: { bookingId: { in: [arriving.id, leaving.id] } }, data: { createdAt: now } }); // paid "today"
    const overview = await vendorOverview(t.db, paid.vendor.id, now);
    expect(overview).toMatchObject({ today: '2031-03-12', checkIns: 1, checkOuts: 1, pendingRequests: 1, holdsEndingSoon: 1 });
    expect(overview.revenue).toEqual([{ currency: 'GBP', amount: arriving.depositAmount + leaving.depositAmount }]);
  });
});
