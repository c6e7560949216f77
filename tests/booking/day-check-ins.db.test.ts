import { beforeAll, describe, expect, it } from 'vitest';
import { dayCheckIns, recordDayCheckIn } from '@/lib/booking/day-check-ins';
import { requestBooking } from '@/lib/booking/request-booking';
import { bookingView, findCustomerBooking } from '@/lib/customer/booking-view';
import type { MemberActor } from '@/lib/domain/actor';
import { NotFound, PolicyViolation } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, at, givenVendor } from '../support/scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

// A month's desk in Sydney from Monday 13 January 2031, 00:00 local (Sunday 12th, 13:00 UTC).
const start = at('2031-01-12T13:00:00Z');
const end = at('2031-02-12T13:00:00Z');

async function aMonthlyDesk() {
  const world = await givenVendor(t.db, { timeZone: 'Australia/Sydney', currency: 'AUD' }).withRental({ pricingUnit: 'MONTH', priceAmount: 45_000 });
  const { actor: customer, userId } = await aCustomer(t.db);
  const booking = await requestBooking(t.db, { listingId: world.listing.id, startAt: start, endAt: end }, customer, { now: NOW });
  return { ...world, booking, customer, userId, owner: world.actor as MemberActor };
}

describe('days used and daily check-ins of a monthly desk', () => {
  it('records one check-in per local day, shows days used to the customer, and refuses before the start', async () => {
    const { booking, owner, customer, userId } = await aMonthlyDesk();
    await expect(recordDayCheckIn(t.db, owner, booking.id, NOW)).rejects.toThrow(PolicyViolation);

    // 10:00 and 17:00 on Wednesday 15 January in Sydney: one day, recorded once.
    const first = await recordDayCheckIn(t.db, owner, booking.id, at('2031-01-14T23:00:00Z'));
    const again = await recordDayCheckIn(t.db, owner, booking.id, at('2031-01-15T06:00:00Z'));
    expect(first).toEqual({ day: '2031-01-15', alreadyRecorded: false });
    expect(again).toEqual({ day: '2031-01-15', alreadyRecorded: true });
    await recordDayCheckIn(t.db, owner, booking.id, at('2031-01-15T22:00:00Z')); // Thursday 16th, 09:00
    expect(await dayCheckIns(t.db, booking.id)).toEqual(['2031-01-15', '2031-01-16']);

    const view = bookingView((await findCustomerBooking(t.db, booking.id, userId))!, customer, at('2031-01-16T01:00:00Z'));
    expect(view.days).toMatchObject({ totalDays: 31, usedDays: 4, remainingDays: 27, today: '2031-01-16', checkedInDays: 2 });
  });

  it('keeps another business out', async () => {
    const { booking } = await aMonthlyDesk();
    const other = await givenVendor(t.db).ready;
    await expect(recordDayCheckIn(t.db, other.actor as MemberActor, booking.id, at('2031-01-14T23:00:00Z'))).rejects.toThrow(NotFound);
  });
});
